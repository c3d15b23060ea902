// What every technique file writes: a technique whose point ids must exist, checked by the
// compiler, plus two small shorthands for places and sides.
import { placeIds } from '../ids.js';
import type { Technique } from '../schema.js';
import type { TriggerPointId, TriggerPointPairId } from '../trigger-points.js';

export interface TechniqueEntry extends Technique {
  readonly triggerPoint: TriggerPointId;
  readonly treats: readonly TriggerPointId[];
}

/** Hands need no equipment and no floor, so they work everywhere, in public too (S31). */
export const anywhere = placeIds;

/** Both sides of a point pair, for `treats`. */
export const bothSides = <P extends TriggerPointPairId>(pair: P) =>
  [`${pair}-left`, `${pair}-right`] as const;
