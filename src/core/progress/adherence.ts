// Adherence: sessions in each ISO week against the plan's cadence, from the plan's start (or
// the first session) to the current week, with streaks of weeks that met the plan.
import {
  type DayNumber,
  dayOfLocalTime,
  formatDay,
  isoWeekOf,
  localTimeOf,
  mondayOf,
} from './calendar.js';
import { streakLabel, weekAdherenceLabel } from './labels.js';
import type { PlacedSession } from './placement.js';
import type { PlanCadence } from './types.js';

export interface WeekAdherence {
  /** ISO week, like `2021-W01`. */
  readonly week: string;
  readonly startsOn: string;
  readonly sessions: number;
  /** Whole sessions planned; fewer in a first week that starts after Monday. */
  readonly planned: number;
  /** sessions / planned; above 1 when the person did more than planned. */
  readonly ratio: number;
  /** The ratio as a percentage for a bar, capped at 100 so extra sessions do not look like a goal. */
  readonly percentShown: number;
  readonly metPlan: boolean;
  /** The current week: not over yet, so falling short is not a miss. */
  readonly inProgress: boolean;
  readonly label: string;
}

export type Adherence =
  | { readonly status: 'no-plan'; readonly label: string }
  | {
      readonly status: 'ready';
      readonly sessionsPerWeek: number;
      readonly weeks: readonly WeekAdherence[];
      /** Weeks in a row meeting the plan, up to now; an unfinished current week does not break it. */
      readonly currentStreak: number;
      readonly longestStreak: number;
      readonly label: string;
    };

const DAYS_PER_WEEK = 7;
// Rounding noise (3 × 4 / 7 × 7) must not push a whole number of sessions up by one.
const ROUNDING_SLACK = 1e-9;

const startDayOf = (
  plan: PlanCadence,
  placed: readonly PlacedSession[],
  utcOffsetMinutes: number,
): DayNumber | null => {
  const planStart =
    plan.startedOn === undefined ? null : localTimeOf(plan.startedOn, utcOffsetMinutes);
  // An unreadable start date falls back to the first session rather than hiding adherence.
  if (planStart !== null) return dayOfLocalTime(planStart);
  return placed[0]?.day ?? null;
};

/** The longest run of weeks adherence lists (three years); older weeks are left out. */
export const MAX_WEEKS_SHOWN = 156;

const streaks = (weeks: readonly WeekAdherence[]): { current: number; longest: number } => {
  let longest = 0;
  let run = 0;
  for (const week of weeks) {
    run = week.metPlan ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  for (let i = weeks.length - 1; i >= 0; i -= 1) {
    const week = weeks[i];
    if (week === undefined) break;
    if (week.inProgress && !week.metPlan) continue;
    if (!week.metPlan) break;
    current += 1;
  }
  return { current, longest };
};

/**
 * Sessions per ISO week against `plan.sessionsPerWeek`, counting sessions from the plan's start
 * (or the first session) up to `today`, both local days. `placed` must be in time order.
 */
export const adherenceByWeek = (
  placed: readonly PlacedSession[],
  plan: PlanCadence | null,
  today: DayNumber,
  utcOffsetMinutes: number,
): Adherence => {
  if (plan === null || !Number.isFinite(plan.sessionsPerWeek) || plan.sessionsPerWeek <= 0) {
    return { status: 'no-plan', label: 'Make a plan to see how your weeks compare with it.' };
  }
  const cadence = plan.sessionsPerWeek;
  const startDay = startDayOf(plan, placed, utcOffsetMinutes);
  const weeks: WeekAdherence[] = [];
  if (startDay !== null && startDay <= today) {
    const countByMonday = new Map<DayNumber, number>();
    for (const { day } of placed) {
      if (day < startDay || day > today) continue;
      const monday = mondayOf(day);
      countByMonday.set(monday, (countByMonday.get(monday) ?? 0) + 1);
    }
    const startMonday = mondayOf(startDay);
    const currentMonday = mondayOf(today);
    // At most MAX_WEEKS_SHOWN weeks, the latest: one old record cannot make this list long.
    const firstMonday = Math.max(
      startMonday,
      currentMonday - (MAX_WEEKS_SHOWN - 1) * DAYS_PER_WEEK,
    );
    for (let monday = firstMonday; monday <= currentMonday; monday += DAYS_PER_WEEK) {
      const daysInPlan =
        monday === startMonday ? DAYS_PER_WEEK - (startDay - monday) : DAYS_PER_WEEK;
      const planned = Math.max(
        1,
        Math.ceil((cadence * daysInPlan) / DAYS_PER_WEEK - ROUNDING_SLACK),
      );
      const sessions = countByMonday.get(monday) ?? 0;
      const ratio = sessions / planned;
      const inProgress = monday === currentMonday;
      weeks.push({
        week: isoWeekOf(monday).key,
        startsOn: formatDay(monday),
        sessions,
        planned,
        ratio,
        percentShown: Math.min(100, Math.round(ratio * 100)),
        metPlan: sessions >= planned,
        inProgress,
        label: weekAdherenceLabel(sessions, planned, inProgress),
      });
    }
  }
  const { current, longest } = streaks(weeks);
  return {
    status: 'ready',
    sessionsPerWeek: cadence,
    weeks,
    currentStreak: current,
    longestStreak: longest,
    label: streakLabel(current),
  };
};
