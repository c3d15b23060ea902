// "What helps you most": for each trigger point and each technique, the mean drop in pain
// over the sessions that worked it, with a 95% confidence interval once there are 3 sessions.
import { meanInterval } from './estimates.js';
import { helpLabel, notEnoughSessionsLabel } from './labels.js';
import { compareIds, isScore } from './placement.js';
import type { LoggedSession } from './types.js';

/** Release builds over repeated sessions (S46), so one or two are too few to judge. */
export const MIN_SESSIONS_FOR_ESTIMATE = 3;

export type HelpEstimate =
  | {
      readonly id: string;
      readonly status: 'ready';
      readonly sessions: number;
      /** Mean of painBefore - painAfter; positive means pain went down. */
      readonly meanDrop: number;
      /** 95% confidence interval of the mean drop (Student's t, n - 1 degrees of freedom). */
      readonly low: number;
      readonly high: number;
      readonly smallestDrop: number;
      readonly largestDrop: number;
      readonly label: string;
    }
  | {
      readonly id: string;
      readonly status: 'not-enough-data';
      readonly sessions: number;
      readonly sessionsNeeded: number;
      readonly label: string;
    };

export interface WhatHelps {
  readonly triggerPoints: readonly HelpEstimate[];
  readonly techniques: readonly HelpEstimate[];
}

const estimate = (id: string, drops: readonly number[]): HelpEstimate => {
  const interval = drops.length >= MIN_SESSIONS_FOR_ESTIMATE ? meanInterval(drops) : null;
  if (interval === null) {
    const sessionsNeeded = MIN_SESSIONS_FOR_ESTIMATE - drops.length;
    return {
      id,
      status: 'not-enough-data',
      sessions: drops.length,
      sessionsNeeded,
      label: notEnoughSessionsLabel(sessionsNeeded),
    };
  }
  return {
    id,
    status: 'ready',
    sessions: interval.n,
    meanDrop: interval.mean,
    low: interval.low,
    high: interval.high,
    smallestDrop: drops.reduce((a, b) => Math.min(a, b)),
    largestDrop: drops.reduce((a, b) => Math.max(a, b)),
    label: helpLabel(interval.mean, interval.n, interval.low, interval.high),
  };
};

// Best first: ready estimates by mean drop, then those closest to ready; ties by id.
const bestFirst = (a: HelpEstimate, b: HelpEstimate): number => {
  if (a.status === 'ready' && b.status === 'ready') {
    return b.meanDrop - a.meanDrop || compareIds(a.id, b.id);
  }
  if (a.status === 'ready') return -1;
  if (b.status === 'ready') return 1;
  return b.sessions - a.sessions || compareIds(a.id, b.id);
};

const rank = (dropsById: ReadonlyMap<string, number[]>): HelpEstimate[] =>
  [...dropsById].map(([id, drops]) => estimate(id, drops)).sort(bestFirst);

const addDrop = (dropsById: Map<string, number[]>, id: string, drop: number): void => {
  const drops = dropsById.get(id);
  if (drops === undefined) dropsById.set(id, [drop]);
  else drops.push(drop);
};

/**
 * Every session with both pain scores gives its drop once to each point it worked (a skipped
 * point does not count) and once to each technique used on a worked point.
 */
export const whatHelpsMost = (sessions: readonly LoggedSession[]): WhatHelps => {
  const byPoint = new Map<string, number[]>();
  const byTechnique = new Map<string, number[]>();
  for (const session of sessions) {
    const { painBefore, painAfter } = session;
    if (painBefore === null || painAfter === null || !isScore(painBefore) || !isScore(painAfter)) {
      continue;
    }
    const drop = painBefore - painAfter;
    // A point worked twice in one session (say, two rounds) is still one session for it.
    const points = new Set<string>();
    const techniques = new Set<string>();
    for (const point of session.points) {
      if (point.endedBy === 'skipped') continue;
      points.add(point.triggerPoint);
      if (point.technique !== null) techniques.add(point.technique);
    }
    for (const id of points) addDrop(byPoint, id, drop);
    for (const id of techniques) addDrop(byTechnique, id, drop);
  }
  return { triggerPoints: rank(byPoint), techniques: rank(byTechnique) };
};
