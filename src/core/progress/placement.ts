// Puts logged sessions and check-ins on the person's local calendar, in time order, and sets
// aside the ones that cannot be read (bad date, score outside 0-10, a repeated id) with why.
import {
  type DayNumber,
  dayOfLocalTime,
  type IsoWeek,
  isoWeekOf,
  localTimeOf,
} from './calendar.js';
import type { CheckIn, IgnoredRecord, LoggedSession } from './types.js';

export interface PlacedSession {
  readonly session: LoggedSession;
  /** Local wall-clock milliseconds since 1970-01-01T00:00. */
  readonly localTime: number;
  readonly day: DayNumber;
  readonly week: IsoWeek;
}

export interface PlacedCheckIn {
  readonly checkIn: CheckIn;
  readonly localTime: number;
  readonly day: DayNumber;
}

export interface Placed<T> {
  readonly placed: readonly T[];
  readonly ignored: readonly IgnoredRecord[];
}

/** NPRS and PSFS both run from 0 to 10. */
export const isScore = (value: number): boolean =>
  Number.isFinite(value) && value >= 0 && value <= 10;

// Plain code-unit order, not localeCompare: the same order on every machine and locale.
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byTimeThenId =
  <T extends { readonly localTime: number }>(id: (item: T) => string) =>
  (a: T, b: T): number =>
    a.localTime - b.localTime || compareIds(id(a), id(b));

/** Sessions in local time order (ties by id); unreadable ones are listed in `ignored`. */
export const placeSessions = (
  sessions: readonly LoggedSession[],
  utcOffsetMinutes: number,
): Placed<PlacedSession> => {
  const placed: PlacedSession[] = [];
  const ignored: IgnoredRecord[] = [];
  const seen = new Set<string>();
  for (const session of sessions) {
    const ignore = (reason: IgnoredRecord['reason']): void => {
      ignored.push({ kind: 'session', id: session.id, reason });
    };
    if (seen.has(session.id)) {
      ignore('duplicate-id');
      continue;
    }
    seen.add(session.id);
    const localTime = localTimeOf(session.startedAt, utcOffsetMinutes);
    if (localTime === null) {
      ignore('bad-date');
      continue;
    }
    const painOk = (pain: number | null): boolean => pain === null || isScore(pain);
    if (!painOk(session.painBefore) || !painOk(session.painAfter)) {
      ignore('pain-out-of-range');
      continue;
    }
    const day = dayOfLocalTime(localTime);
    placed.push({ session, localTime, day, week: isoWeekOf(day) });
  }
  placed.sort(byTimeThenId((item) => item.session.id));
  return { placed, ignored };
};

/** The Patient-Specific Functional Scale asks for up to three activities. */
export const MAX_ACTIVITIES = 3;

/** Check-ins in local time order (ties by id); unreadable ones are listed in `ignored`. */
export const placeCheckIns = (
  checkIns: readonly CheckIn[],
  utcOffsetMinutes: number,
): Placed<PlacedCheckIn> => {
  const placed: PlacedCheckIn[] = [];
  const ignored: IgnoredRecord[] = [];
  const seen = new Set<string>();
  for (const checkIn of checkIns) {
    const ignore = (reason: IgnoredRecord['reason']): void => {
      ignored.push({ kind: 'check-in', id: checkIn.id, reason });
    };
    if (seen.has(checkIn.id)) {
      ignore('duplicate-id');
      continue;
    }
    seen.add(checkIn.id);
    const localTime = localTimeOf(checkIn.at, utcOffsetMinutes);
    if (localTime === null) {
      ignore('bad-date');
      continue;
    }
    if (checkIn.activities.length > MAX_ACTIVITIES) {
      ignore('too-many-activities');
      continue;
    }
    if (!isScore(checkIn.averagePain)) {
      ignore('pain-out-of-range');
      continue;
    }
    if (!checkIn.activities.every((activity) => isScore(activity.score))) {
      ignore('score-out-of-range');
      continue;
    }
    placed.push({ checkIn, localTime, day: dayOfLocalTime(localTime) });
  }
  placed.sort(byTimeThenId((item) => item.checkIn.id));
  return { placed, ignored };
};
