// What a therapist should look at first for one client, from the client's own records: a safety
// check that stopped self-care, an assigned plan on hold, no session for longer than planned,
// pain before sessions 2 or more points worse than in the first week, fewer sessions than
// planned last week, and a meaningful change at the latest check-in; and who to look at first.
import type { OnHold } from '../contracts/therapist-work.js';
import type { CheckInProgress, ProgressSummary } from '../progress/index.js';
import { MEANINGFUL_PAIN_POINTS, PAIN_CHANGE_SOURCE } from '../progress/index.js';
import { pointsWord } from '../progress/labels.js';

export type AttentionCode =
  | 'safety-stop'
  | 'plan-on-hold'
  | 'no-recent-session'
  | 'pain-worse'
  | 'behind-plan'
  | 'meaningful-change';

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
  readonly progress: Pick<ProgressSummary, 'sessions' | 'painByWeek' | 'checkIns'> &
    Partial<Pick<ProgressSummary, 'adherence'>>;
  /** The hold of the client's active assigned plan; null or absent: none, or not on hold. */
  readonly assignedPlanOnHold?: OnHold | null;
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

const holdWords: Readonly<Record<OnHold['reason'], string>> = {
  'safety-stop': 'their latest safety check stopped self-care',
  precaution: 'a step no longer fits their latest safety answers; change the plan',
  'no-safety-screen': 'they have not answered the safety check yet',
};

const planOnHold = (input: AttentionInput): Attention | null =>
  input.assignedPlanOnHold
    ? {
        code: 'plan-on-hold',
        message: `The plan you assigned is on hold: ${holdWords[input.assignedPlanOnHold.reason]}.`,
      }
    : null;

/** Behind plan: the latest finished week of the goal had fewer sessions than planned. */
const behindPlan = (input: AttentionInput): Attention | null => {
  const adherence = input.progress.adherence;
  if (adherence?.status !== 'ready') return null;
  const week = adherence.weeks.findLast((candidate) => !candidate.inProgress);
  if (!week || week.metPlan) return null;
  const planned = Math.round(week.planned);
  return {
    code: 'behind-plan',
    message: `${week.sessions} of ${planned} planned ${planned === 1 ? 'session' : 'sessions'} in the week of ${week.startsOn}.`,
  };
};

/** Most urgent first: the order needsAttention lists codes in, and the clients list sorts by. */
export const attentionOrder: readonly AttentionCode[] = [
  'safety-stop',
  'plan-on-hold',
  'no-recent-session',
  'pain-worse',
  'behind-plan',
  'meaningful-change',
];

/** Every reason to look at this client now, most urgent first; empty when all is well. */
export const needsAttention = (input: AttentionInput): Attention[] =>
  [
    safetyStop(input),
    planOnHold(input),
    noRecentSession(input),
    painWorse(input),
    behindPlan(input),
    meaningfulChange(input),
  ].filter((item): item is Attention => item !== null);

const rankOf = (attention: readonly Attention[]): number =>
  attention.length === 0 ? attentionOrder.length : attentionOrder.indexOf(attention[0]!.code);

/**
 * Clients in the order to look at them: the most urgent first reason first, then more reasons
 * before fewer, then by name and id (code-unit order, the same on every machine).
 */
export const byAttention = <
  C extends {
    readonly clientId: string;
    readonly displayName: string;
    readonly needsAttention: readonly Attention[];
  },
>(
  clients: readonly C[],
): C[] =>
  [...clients].sort(
    (a, b) =>
      rankOf(a.needsAttention) - rankOf(b.needsAttention) ||
      b.needsAttention.length - a.needsAttention.length ||
      (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : 0) ||
      (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0),
  );

/** Where the 2-point threshold comes from, for the web to cite. */
export const PAIN_WORSE_SOURCE = PAIN_CHANGE_SOURCE;
