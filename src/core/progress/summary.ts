// The whole progress view in one call: sessions and check-ins are placed on the calendar once,
// then every statistic is one pass or one sort over them (about 1100 sessions in 3 years).
import { err, ok, type Result } from '../result.js';
import { type Adherence, adherenceByWeek } from './adherence.js';
import {
  type DayNumber,
  dayOfLocalTime,
  formatDay,
  isValidUtcOffset,
  localTimeOf,
} from './calendar.js';
import { type CheckInProgress, checkInProgress } from './check-ins.js';
import { type HarmReportProgress, harmReports } from './harm-reports.js';
import {
  type DailyPain,
  dailyPain,
  type PainTrend,
  painTrend,
  type SessionPain,
  sessionPainSeries,
  type WeeklyPain,
  weeklyPain,
} from './pain-trend.js';
import { placeCheckIns, placeSessions } from './placement.js';
import type { CheckIn, IgnoredRecord, LoggedSession, PlanCadence, ProgressClock } from './types.js';
import { type WhatHelps, whatHelpsMost } from './what-helps.js';

export interface ProgressInput {
  readonly sessions: readonly LoggedSession[];
  readonly checkIns: readonly CheckIn[];
  readonly plan: PlanCadence | null;
  readonly clock: ProgressClock;
}

/** The recent trend looks at the last four weeks, today included. */
export const RECENT_TREND_DAYS = 28;

export interface ProgressSummary {
  /** Local date of `clock.now`. */
  readonly today: string;
  readonly sessions: readonly SessionPain[];
  readonly painByDay: readonly DailyPain[];
  readonly painByWeek: readonly WeeklyPain[];
  readonly trend: { readonly overall: PainTrend; readonly recent: PainTrend };
  readonly whatHelps: WhatHelps;
  readonly adherence: Adherence;
  readonly checkIns: readonly CheckInProgress[];
  /** Harm reports, newest first: what went wrong and whether the step is still left out. */
  readonly harmReports: readonly HarmReportProgress[];
  /** Records left out, with why; the web can say "2 sessions could not be read". */
  readonly ignored: readonly IgnoredRecord[];
}

export type ProgressError = 'invalid_clock';

/** Every progress statistic for one person, computed from their records and the clock. */
export const progressSummary = (input: ProgressInput): Result<ProgressSummary, ProgressError> => {
  const { utcOffsetMinutes, now } = input.clock;
  if (!isValidUtcOffset(utcOffsetMinutes)) {
    return err(
      'invalid_clock',
      'The time zone offset must be whole minutes between -720 and +840.',
      {
        field: 'utcOffsetMinutes',
      },
    );
  }
  const nowLocal = localTimeOf(now, utcOffsetMinutes);
  if (nowLocal === null) {
    return err('invalid_clock', 'The current time must be an ISO 8601 date and time.', {
      field: 'now',
    });
  }
  const today: DayNumber = dayOfLocalTime(nowLocal);
  const sessions = placeSessions(input.sessions, utcOffsetMinutes);
  const checkIns = placeCheckIns(input.checkIns, utcOffsetMinutes);
  const painByDay = dailyPain(sessions.placed);
  return ok({
    today: formatDay(today),
    sessions: sessionPainSeries(sessions.placed),
    painByDay,
    painByWeek: weeklyPain(sessions.placed),
    trend: {
      overall: painTrend(painByDay),
      recent: painTrend(painByDay, { fromDay: today - (RECENT_TREND_DAYS - 1), toDay: today }),
    },
    whatHelps: whatHelpsMost(sessions.placed.map((item) => item.session)),
    adherence: adherenceByWeek(sessions.placed, input.plan, today, utcOffsetMinutes),
    checkIns: checkInProgress(checkIns.placed),
    harmReports: harmReports(sessions.placed, utcOffsetMinutes),
    ignored: [...sessions.ignored, ...checkIns.ignored],
  });
};
