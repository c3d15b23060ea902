// One client's follow-up for their therapist, from the same progress summary the client sees:
// sessions done against planned and pain before and after, week by week, and the safety history.
import type { FollowUpWeek, SafetyHistoryItem } from '../contracts/therapist-work.js';
import type { TriageLevel } from '../contracts/triage.js';
import type { ProgressSummary } from '../progress/index.js';

const meanOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Every week with a session or a planned goal, oldest first: sessions done, the goal (null
 * without a plan), whether it was met (null without a plan), and the mean pain before and after
 * sessions that week (null when no session that week has one).
 */
export function followUpWeeks(
  progress: Pick<ProgressSummary, 'sessions' | 'adherence'>,
): FollowUpWeek[] {
  const weeks = new Map<string, FollowUpWeek>();
  const planned = progress.adherence.status === 'ready' ? progress.adherence.weeks : [];
  for (const week of planned) {
    weeks.set(week.week, {
      week: week.week,
      startsOn: week.startsOn,
      sessions: week.sessions,
      planned: week.planned,
      metPlan: week.metPlan,
      inProgress: week.inProgress,
      meanPainBefore: null,
      meanPainAfter: null,
    });
  }
  const byWeek = new Map<string, ProgressSummary['sessions'][number][]>();
  for (const session of progress.sessions) {
    byWeek.set(session.week, [...(byWeek.get(session.week) ?? []), session]);
  }
  for (const [week, sessions] of byWeek) {
    const before = sessions.flatMap((s) => (s.painBefore === null ? [] : [s.painBefore]));
    const after = sessions.flatMap((s) => (s.painAfter === null ? [] : [s.painAfter]));
    const known = weeks.get(week);
    weeks.set(week, {
      week,
      // A week outside the goal's span starts on the Monday of its first session's date.
      startsOn: known?.startsOn ?? mondayOfDate(sessions[0]!.date),
      sessions: known?.sessions ?? sessions.length,
      planned: known?.planned ?? null,
      metPlan: known?.metPlan ?? null,
      inProgress: known?.inProgress ?? false,
      meanPainBefore: meanOf(before),
      meanPainAfter: meanOf(after),
    });
  }
  return [...weeks.values()].sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : 0));
}

/** The Monday of a local date such as 2024-03-07, as a date. */
function mondayOfDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const back = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

/** What the safety history reads of a stored screen. */
export interface ScreenForHistory {
  readonly id: string;
  readonly answeredAt: string;
  readonly result: {
    readonly level: TriageLevel;
    readonly selfCareAllowed: boolean;
    readonly reasons: readonly { readonly message: string }[];
    readonly precautions: readonly { readonly id: string }[];
  };
}

/** Every safety screen, newest first, with its level, its reasons and the precautions it set. */
export const safetyHistoryOf = (screens: readonly ScreenForHistory[]): SafetyHistoryItem[] =>
  [...screens]
    .sort((a, b) => Date.parse(b.answeredAt) - Date.parse(a.answeredAt))
    .map((screen) => ({
      id: screen.id,
      answeredAt: screen.answeredAt,
      level: screen.result.level,
      selfCareAllowed: screen.result.selfCareAllowed,
      reasons: screen.result.reasons.map((reason) => reason.message),
      precautions: [...new Set(screen.result.precautions.map((precaution) => precaution.id))],
    }));
