// How long a plan takes, from the same timing the session machine runs on, and how a plan is cut
// to the minutes chosen: the lowest-ranked points go first.
import type { SessionStep } from '../contracts/session-log.js';
import { holdMs, repsOf, slotsOf } from '../session/slots.js';
import { POSITIONING_MS, RATING_MS, REST_MS } from '../session/timing.js';

/** Time for a session when the person only asks: our choice, short enough to do every day. */
export const defaultMinutes = 20;

/**
 * The time the session machine gives a step when nobody touches it: per side, getting into
 * position, every hold with a rest between, and for a point the wait for its rating. Tapping
 * "ready" or rating sooner only makes a session shorter, so this is an upper bound.
 */
export function stepMs(step: SessionStep): number {
  const sides = slotsOf({ steps: [step] }).length;
  const reps = repsOf(step);
  const perSide =
    POSITIONING_MS +
    reps * holdMs(step) +
    Math.max(0, reps - 1) * REST_MS +
    (step.kind === 'trigger-point' ? RATING_MS : 0);
  return sides * perSide;
}

export const planMs = (steps: readonly SessionStep[]): number =>
  steps.reduce((sum, step) => sum + stepMs(step), 0);

/** Whole minutes, rounded up, so the estimate never promises less time than it takes. */
export const minutesOf = (ms: number): number => Math.ceil(ms / 60_000);

export type Role = 'psoas' | 'piriformis' | 'point' | 'movement';

/** A step on its way into the plan, with what the time cut needs to know about it. */
export interface Timed<S extends SessionStep = SessionStep> {
  readonly step: S;
  readonly role: Role;
  /** The matcher's score for a point; unused for the rest. */
  readonly score: number;
}

/**
 * The next thing to leave out: the lowest-ranked point while more than one is left (the later
 * one on a tie), then the movement, the piriformis release, the psoas release, the last point.
 * Our choice: the article's releases come first when the check asks for them (S11, S12), and at
 * least one point stays as long as anything does.
 */
function nextToDrop(kept: readonly Timed[]): number {
  const points = kept.flatMap((timed, index) => (timed.role === 'point' ? [index] : []));
  if (points.length > 1) {
    return points.reduce((lowest, index) =>
      kept[index]!.score <= kept[lowest]!.score ? index : lowest,
    );
  }
  for (const role of ['movement', 'piriformis', 'psoas'] as const) {
    const index = kept.findLastIndex((timed) => timed.role === role);
    if (index >= 0) return index;
  }
  return kept.length - 1;
}

/** Keeps the plan's order and drops items, one by one, until it fits `minutes`. */
export function fitToMinutes<T extends Timed>(
  planned: readonly T[],
  minutes: number,
): { kept: T[]; dropped: T[] } {
  const kept = [...planned];
  const dropped: T[] = [];
  const budgetMs = minutes * 60_000;
  while (kept.length > 0 && planMs(kept.map((timed) => timed.step)) > budgetMs) {
    const [removed] = kept.splice(nextToDrop(kept), 1);
    dropped.push(removed!);
  }
  return { kept, dropped };
}
