// Local calendar arithmetic for progress: ISO 8601 text to local days, and days to ISO weeks.
// Written by hand (no Date parsing), so a string means the same thing on every machine.

/** Days since 1970-01-01 on the person's local calendar. */
export type DayNumber = number;

/** An ISO 8601 week: Monday to Sunday; week 1 is the week holding the year's first Thursday. */
export interface IsoWeek {
  /** Like `2020-W53`. */
  readonly key: string;
  readonly year: number;
  readonly week: number;
  /** The week's Monday. */
  readonly monday: DayNumber;
  /** The Monday as a local date, like `2020-12-28`. */
  readonly startsOn: string;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** The widest offsets in use today run from UTC-12:00 to UTC+14:00. */
export const isValidUtcOffset = (minutes: number): boolean =>
  Number.isInteger(minutes) && minutes >= -12 * 60 && minutes <= 14 * 60;

// Days from civil date, after Howard Hinnant's "chrono-Compatible Low-Level Date Algorithms".
export const dayFromDate = (year: number, month: number, day: number): DayNumber => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146_097 + dayOfEra + dayOfYear - 719_468;
};

export const dateFromDay = (
  dayNumber: DayNumber,
): { readonly year: number; readonly month: number; readonly day: number } => {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A local day as `YYYY-MM-DD`. */
export const formatDay = (dayNumber: DayNumber): string => {
  const { year, month, day } = dateFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const ISO_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Milliseconds since 1970-01-01T00:00 on the local wall clock, or null when the text is not a
 * real ISO 8601 date. A `Z` or offset marks an instant, moved to local time by
 * `utcOffsetMinutes`; a date or date-time without one is already local.
 */
export const localTimeOf = (text: string, utcOffsetMinutes: number): number | null => {
  const match = ISO_TEXT.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const wallClock =
    dayFromDate(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millis;
  if (zone === undefined) return wallClock;
  const zoneMinutes = zone === 'Z' ? 0 : zoneOffsetMinutes(zone);
  if (zoneMinutes === null) return null;
  // wall clock in `zone` -> UTC -> wall clock at the person's offset
  return wallClock + (utcOffsetMinutes - zoneMinutes) * MS_PER_MINUTE;
};

const zoneOffsetMinutes = (zone: string): number | null => {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
};

/** The local day holding a local time from `localTimeOf`. */
export const dayOfLocalTime = (localMs: number): DayNumber => Math.floor(localMs / MS_PER_DAY);

/** Monday is 0, Sunday is 6. Day 0 (1970-01-01) was a Thursday. */
const weekdayIndex = (dayNumber: DayNumber): number => (((dayNumber + 3) % 7) + 7) % 7;

/** The Monday starting the ISO week that holds this day. */
export const mondayOf = (dayNumber: DayNumber): DayNumber => dayNumber - weekdayIndex(dayNumber);

/** The ISO week holding a local day: its year is the year of the week's Thursday. */
export const isoWeekOf = (dayNumber: DayNumber): IsoWeek => {
  const monday = mondayOf(dayNumber);
  const thursday = monday + 3;
  const year = dateFromDay(thursday).year;
  const week = Math.floor((thursday - dayFromDate(year, 1, 1)) / 7) + 1;
  return {
    key: `${pad(year, 4)}-W${pad(week, 2)}`,
    year,
    week,
    monday,
    startsOn: formatDay(monday),
  };
};
