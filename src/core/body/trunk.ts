// Which body-map regions are the back and the front of the trunk, for two plan rules of the
// API contract: no pressure on the back of the trunk after spine surgery, and no back plan
// for a map marked only on the front of the trunk.
import { findRegion } from './regions.js';

/**
 * The back of the trunk, neck base to tailbone, the sacrum, sacroiliac joints and iliac crest
 * included (API contract). The buttocks, hips and legs are not trunk.
 */
export const backOfTrunkBases: ReadonlySet<string> = new Set([
  'neck-base',
  'between-shoulder-blades',
  'shoulder-blade',
  'thoracic-spine',
  'mid-back',
  'flank',
  'low-back',
  'lumbar-spine',
  'iliac-crest',
  'sacroiliac',
  'sacrum',
  'tailbone',
]);

/** The front of the trunk: chest, belly, lower ribs at the front, groin, saddle area. */
export const frontOfTrunkBases: ReadonlySet<string> = new Set([
  'chest',
  'upper-abdomen',
  'lower-ribs-front',
  'lower-abdomen',
  'groin',
  'saddle-area',
]);

const baseOf = (id: string): string | undefined => findRegion(id)?.base;

export const isBackOfTrunk = (id: string): boolean => backOfTrunkBases.has(baseOf(id) ?? '');
export const isFrontOfTrunk = (id: string): boolean => frontOfTrunkBases.has(baseOf(id) ?? '');

/** True when there is at least one region and every one lies on the front of the trunk. */
export const onlyFrontOfTrunk = (ids: readonly string[]): boolean =>
  ids.length > 0 && ids.every(isFrontOfTrunk);
