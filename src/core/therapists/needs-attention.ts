// What a therapist should look at first for one client, from the client's own records: a safety
// check that stopped self-care, no session for longer than planned, pain before sessions 2 or
// more points worse than in the first week, and a meaningful change at the latest check-in.
import type { CheckInProgress, HarmReportProgress, ProgressSummary } from '../progress/index.js';
import { MEANINGFUL_PAIN_POINTS, PAIN_CHANGE_SOURCE } from '../progress/index.js';
import { pointsWord } from '../progress/labels.js';

export type AttentionCode =
  | 'safety-stop'
  | 'no-recent-session'
  | 'pain-worse'
  | 'meaningful-change'
  | 'harm-reported';

export interface Attention {
  readonly code: AttentionCode;
  readonly message: string;
}

export interface AttentionInput {
  /** The moment to judge at, an ISO instant. */
  readonly now: string;
  /** The newest safety screen by its answer time, or null when there is none. */
  readonly latestSafetyScreen: {
    readonly answeredAt: string;
    readonly selfCareAllowed: boolean;
  } | null;
  /** The weekly goal of the newest plan that has one; null: none stored. */
  readonly sessionsPerWeek: number | null;
  readonly progress: Pick<ProgressSummary, 'sessions' | 'painByWeek' | 'checkIns'>;
  /** Harm reports, newest first (progress's harmReports); left out: none. */
  readonly harmReports?: readonly HarmReportProgress[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without a weekly goal, a week without a session is longer than planned. */
export const DEFAULT_SESSION_GAP_DAYS = 7;
// Scores are means with decimals; 5.9 - 3.9 must still count as 2.
const SLACK = 1e-9;

/** The longest planned gap between sessions in whole days: 3 a week is every 3 days. */
export const plannedGapDays = (sessionsPerWeek: number | null): number =>
  sessionsPerWeek === null || sessionsPerWeek <= 0
    ? DEFAULT_SESSION_GAP_DAYS
    : Math.ceil(7 / sessionsPerWeek);

const dayWord = (days: number) => `${days} ${days === 1 ? 'day' : 'days'}`;

const safetyStop = (input: AttentionInput): Attention | null =>
  input.latestSafetyScreen && !input.latestSafetyScreen.selfCareAllowed
    ? {
        code: 'safety-stop',
        message: `Their latest safety check (${input.latestSafetyScreen.answeredAt.slice(0, 10)}) stopped self-care. Make sure a clinician has seen them before any routine.`,
      }
    : null;

const noRecentSession = (input: AttentionInput): Attention | null => {
  const allowed = plannedGapDays(input.sessionsPerWeek);
  const plan =
    input.sessionsPerWeek === null
      ? `at least one a week`
      : `${input.sessionsPerWeek} a week, so one every ${dayWord(allowed)} or sooner`;
  const last = input.progress.sessions.at(-1);
  if (!last) {
    return { code: 'no-recent-session', message: `No session saved yet (the plan: ${plan}).` };
  }
  const since = Math.floor((Date.parse(input.now) - Date.parse(last.startedAt)) / DAY_MS);
  if (!Number.isFinite(since) || since <= allowed) return null;
  return {
    code: 'no-recent-session',
    message: `No session for ${dayWord(since)}, since ${last.date} (the plan: ${plan}).`,
  };
};

/**
 * Pain worse: the mean pain before sessions in the latest week that has scores is at least
 * 2 points (Farrar et al. 2001) above the mean in the first such week.
 */
const painWorse = (input: AttentionInput): Attention | null => {
  const weeks = input.progress.painByWeek;
  const first = weeks[0];
  const latest = weeks.at(-1);
  if (!first || !latest || weeks.length < 2) return null;
  const rise = latest.meanPainBefore - first.meanPainBefore;
  if (rise < MEANINGFUL_PAIN_POINTS - SLACK) return null;
  return {
    code: 'pain-worse',
    message: `Pain before sessions is ${pointsWord(rise)} worse in the week of ${latest.startsOn} than in their first week (${first.startsOn}).`,
  };
};

const changeWords = (checkIn: CheckInProgress): string | null => {
  for (const change of [checkIn.painVsBaseline, checkIn.painVsPrevious]) {
    if (change?.meaningful) {
      const since = change === checkIn.painVsBaseline ? 'the first check-in' : 'the one before';
      const way = change.difference < 0 ? 'lower' : 'higher';
      return `average pain ${pointsWord(Math.abs(change.difference))} ${way} than at ${since}`;
    }
  }
  for (const activity of checkIn.activities) {
    for (const change of [activity.vsBaseline, activity.vsPrevious]) {
      if (change?.meaningful) {
        const since = change === activity.vsBaseline ? 'the first check-in' : 'the one before';
        const way = change.difference > 0 ? 'easier' : 'harder';
        return `"${activity.name}" ${pointsWord(Math.abs(change.difference))} ${way} than at ${since}`;
      }
    }
  }
  return null;
};

const meaningfulChange = (input: AttentionInput): Attention | null => {
  const latest = input.progress.checkIns.at(-1);
  const words = latest ? changeWords(latest) : null;
  if (!latest || !words) return null;
  return {
    code: 'meaningful-change',
    message: `Their check-in on ${latest.date} shows a meaningful change: ${words}.`,
  };
};

/** A harm report whose step is still left out: the client said a step hurt them. */
const harmReported = (input: AttentionInput): Attention | null => {
  const open = (input.harmReports ?? []).filter((report) => report.broughtBackOn === null);
  const latest = open[0];
  if (!latest) return null;
  const more = open.length > 1 ? ` (${open.length} reports in all)` : '';
  const still = latest.stillNow ? 'still hurts now' : 'no longer hurts';
  return {
    code: 'harm-reported',
    message: `They reported harm after a session on ${latest.date}: "${latest.stepTitle}", ${latest.howBad} out of 10, ${still}${more}. The step is left out of their plan.`,
  };
};

/** Every reason to look at this client now, most urgent first; empty when all is well. */
export const needsAttention = (input: AttentionInput): Attention[] =>
  [
    harmReported(input),
    safetyStop(input),
    noRecentSession(input),
    painWorse(input),
    meaningfulChange(input),
  ].filter((item): item is Attention => item !== null);

/** Clients with a harm report first, then the rest in the order given. */
export const harmFirst = <T extends { readonly needsAttention: readonly Attention[] }>(
  clients: readonly T[],
): T[] => {
  const harmed = (client: T) => client.needsAttention.some((item) => item.code === 'harm-reported');
  return [...clients.filter(harmed), ...clients.filter((client) => !harmed(client))];
};

/** Where the 2-point threshold comes from, for the web to cite. */
export const PAIN_WORSE_SOURCE = PAIN_CHANGE_SOURCE;
