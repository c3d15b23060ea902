// Areas no step may press: the regions a person marked to skip (a wound, a fresh fracture, an
// operated spot) and every region bordering them, since pressure spreads past its edge.

import type { Technique, TriggerPoint } from '../../content/schema.js';
import { adjacentRegions, type RegionId } from '../body/regions.js';

export const closedRegions = (skip: readonly RegionId[]): ReadonlySet<string> =>
  new Set(skip.flatMap((id) => [id, ...adjacentRegions(id)]));

/** A technique without a switch-side cue works both sides at once: two fists, two balls, a roll. */
export const worksBothSidesAtOnce = (technique: Technique): boolean =>
  technique.cues.switchSide === undefined;

/**
 * The regions a technique presses when used on these point sides: a roll presses every point it
 * treats, a both-sides-at-once method presses the point on both sides, anything else one side.
 */
export function pressedRegions(
  technique: Technique,
  points: readonly TriggerPoint[],
  worked: readonly TriggerPoint[],
): string[] {
  const pairs = new Set(worked.map((point) => point.pair));
  const pressed =
    technique.dose.mode === 'roll'
      ? points.filter((point) => technique.treats.includes(point.id))
      : worksBothSidesAtOnce(technique)
        ? points.filter((point) => pairs.has(point.pair))
        : worked;
  return pressed.flatMap((point) => point.over);
}

export const touchesClosed = (regions: readonly string[], closed: ReadonlySet<string>): boolean =>
  regions.some((region) => closed.has(region));
