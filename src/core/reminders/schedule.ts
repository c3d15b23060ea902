// Reminder days on the person's local calendar: the first reminder day from a date on, and
// the reminders just before and after a local moment (for the in-app reminder on a visit).
import type { Weekday } from '../contracts/records.js';
import { type DayNumber, dateFromDay, dayFromDate, formatDay } from '../progress/calendar.js';

/** Monday first, as ISO 8601 and RFC 5545 (WKST=MO) count the week. */
export const weekdays: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** 1970-01-01 was a Thursday. */
export const weekdayOf = (day: DayNumber): Weekday => weekdays[(((day + 3) % 7) + 7) % 7]!;

const dayOfDate = (date: string): DayNumber | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const number = dayFromDate(year, month, day);
  const back = dateFromDay(number);
  return back.year === year && back.month === month && back.day === day ? number : null;
};

/** Days in week order, each once. */
export const sortedDays = (days: readonly Weekday[]): Weekday[] =>
  weekdays.filter((day) => days.includes(day));

/** The first date on or after `from` (YYYY-MM-DD) that is a reminder day; null without days. */
export const firstReminderDate = (from: string, days: readonly Weekday[]): string | null => {
  const start = dayOfDate(from);
  if (start === null) return null;
  for (let offset = 0; offset < 7; offset++) {
    if (days.includes(weekdayOf(start + offset))) return formatDay(start + offset);
  }
  return null;
};

export interface ReminderTimes {
  readonly days: readonly Weekday[];
  /** HH:MM, local. */
  readonly time: string;
}

const localMoment = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/**
 * The scheduled reminders around a local moment (YYYY-MM-DDTHH:MM...): the latest at or
 * before it and the next after it, as local YYYY-MM-DDTHH:MM. The web shows a reminder on a
 * visit when `previous` is later than the last session.
 */
export const remindersAround = (
  settings: ReminderTimes,
  localNow: string,
): { readonly previous: string | null; readonly next: string | null } => {
  const match = localMoment.exec(localNow);
  const today = match ? dayOfDate(match[1]!) : null;
  if (!match || today === null) return { previous: null, next: null };
  const nowTime = match[2]!;
  let previous: string | null = null;
  let next: string | null = null;
  for (let offset = 0; offset <= 7 && previous === null; offset++) {
    const day = today - offset;
    if (settings.days.includes(weekdayOf(day)) && (offset > 0 || settings.time <= nowTime)) {
      previous = `${formatDay(day)}T${settings.time}`;
    }
  }
  for (let offset = 0; offset <= 7 && next === null; offset++) {
    const day = today + offset;
    if (settings.days.includes(weekdayOf(day)) && (offset > 0 || settings.time > nowTime)) {
      next = `${formatDay(day)}T${settings.time}`;
    }
  }
  return { previous, next };
};
