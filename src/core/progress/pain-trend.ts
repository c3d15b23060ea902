// Pain over time: before and after each session, the daily and ISO-week means of the pain
// before sessions, and the least-squares trend of those daily means in points per week.
import { type DayNumber, formatDay } from './calendar.js';
import { leastSquaresSlope, mean } from './estimates.js';
import { notEnoughDaysLabel, type TrendDirection, trendLabel } from './labels.js';
import type { PlacedSession } from './placement.js';

export interface SessionPain {
  readonly sessionId: string;
  readonly startedAt: string;
  /** Local date, like `2024-03-04`. */
  readonly date: string;
  readonly week: string;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  /** painBefore - painAfter: positive when the session eased the pain. */
  readonly drop: number | null;
}

/** Pain before and after each session, in time order: the series for the session chart. */
export const sessionPainSeries = (placed: readonly PlacedSession[]): SessionPain[] =>
  placed.map(({ session, day, week }) => ({
    sessionId: session.id,
    startedAt: session.startedAt,
    date: formatDay(day),
    week: week.key,
    painBefore: session.painBefore,
    painAfter: session.painAfter,
    drop:
      session.painBefore === null || session.painAfter === null
        ? null
        : session.painBefore - session.painAfter,
  }));

export interface DailyPain {
  readonly date: string;
  readonly day: DayNumber;
  readonly meanPainBefore: number;
  /** Sessions that day with a pain score before. */
  readonly sessions: number;
}

export interface WeeklyPain {
  /** ISO week, like `2020-W53`. */
  readonly week: string;
  /** Its Monday, like `2020-12-28`. */
  readonly startsOn: string;
  readonly meanPainBefore: number;
  readonly sessions: number;
}

// `placed` is in time order, so each day or week is one run of neighbours: one pass, no lookups.
const runsOf = <K>(
  placed: readonly PlacedSession[],
  keyOf: (item: PlacedSession) => K,
): { readonly first: PlacedSession; readonly scores: number[] }[] => {
  const runs: { first: PlacedSession; scores: number[] }[] = [];
  let currentKey: K | undefined;
  for (const item of placed) {
    const score = item.session.painBefore;
    if (score === null) continue;
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last !== undefined && key === currentKey) last.scores.push(score);
    else runs.push({ first: item, scores: [score] });
    currentKey = key;
  }
  return runs;
};

/** Mean pain before sessions for each local day that has at least one score. */
export const dailyPain = (placed: readonly PlacedSession[]): DailyPain[] =>
  runsOf(placed, (item) => item.day).map(({ first, scores }) => ({
    date: formatDay(first.day),
    day: first.day,
    meanPainBefore: mean(scores),
    sessions: scores.length,
  }));

/** Mean pain before sessions for each ISO week that has at least one score. */
export const weeklyPain = (placed: readonly PlacedSession[]): WeeklyPain[] =>
  runsOf(placed, (item) => item.week.monday).map(({ first, scores }) => ({
    week: first.week.key,
    startsOn: first.week.startsOn,
    meanPainBefore: mean(scores),
    sessions: scores.length,
  }));

/** A trend needs pain scores on at least this many days; two points always make a line. */
export const MIN_TREND_DAYS = 3;

/**
 * Below 0.1 points a week, reaching the 2-point change that Farrar et al. (2001) found
 * meaningful would take more than 20 weeks: we call that flat.
 */
export const FLAT_SLOPE_PER_WEEK = 0.1;

export type PainTrend =
  | {
      readonly status: 'not-enough-data';
      readonly days: number;
      readonly daysNeeded: number;
      readonly label: string;
    }
  | {
      readonly status: 'ready';
      readonly days: number;
      readonly fromDate: string;
      readonly toDate: string;
      /** Least-squares slope of the daily means, in pain points per week; below 0 is better. */
      readonly slopePerWeek: number;
      readonly direction: TrendDirection;
      readonly label: string;
    };

/**
 * The trend of the daily means of pain before sessions, optionally within local days
 * `fromDay`..`toDay` (both included). Each day counts once, however many sessions it had.
 */
export const painTrend = (
  daily: readonly DailyPain[],
  window?: { readonly fromDay: DayNumber; readonly toDay: DayNumber },
): PainTrend => {
  const days =
    window === undefined
      ? daily
      : daily.filter((entry) => entry.day >= window.fromDay && entry.day <= window.toDay);
  const first = days[0];
  const last = days.at(-1);
  const slope = leastSquaresSlope(
    days.map((entry) => ({ x: entry.day / 7, y: entry.meanPainBefore })),
  );
  if (days.length < MIN_TREND_DAYS || first === undefined || last === undefined || slope === null) {
    const daysNeeded = MIN_TREND_DAYS - days.length;
    return {
      status: 'not-enough-data',
      days: days.length,
      daysNeeded,
      label: notEnoughDaysLabel(daysNeeded),
    };
  }
  const direction: TrendDirection =
    Math.abs(slope) < FLAT_SLOPE_PER_WEEK ? 'flat' : slope < 0 ? 'going down' : 'going up';
  return {
    status: 'ready',
    days: days.length,
    fromDate: first.date,
    toDate: last.date,
    slopePerWeek: slope,
    direction,
    label: trendLabel(direction, slope),
  };
};
