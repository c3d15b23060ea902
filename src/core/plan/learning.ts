// The seam where a person's own sessions shape the point steps (src/core/plan-history fills
// it): the point steps the map gave go in, re-ranked, gentler, dosed and explained come out.
// The final precaution check and the time cut run after it, so it can never get past a limit.
import type { DroppedItem, TryAndCompare } from '../contracts/plan.js';
import type { MatchResult } from '../match/match.js';
import type { PlannedStep, PointContext } from './point-steps.js';

export interface PointsSoFar {
  readonly planned: PlannedStep[];
  readonly dropped: DroppedItem[];
}

export interface LearnedPoints extends PointsSoFar {
  readonly tryAndCompare?: TryAndCompare;
}

/** Everything the builder knows when the points are planned, to plan a point again. */
export interface LearningContext {
  readonly matches: readonly MatchResult[];
  readonly choice: PointContext;
}

export type PointLearning = (points: PointsSoFar, context: LearningContext) => LearnedPoints;
