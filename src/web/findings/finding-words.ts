// Points found by hand in plain words, for the therapist who marks them and the client who
// reads them: the point's name and side, how tender, whether it brought on the usual pain.
import { findTriggerPoint, triggerPoints } from '../../content/trigger-points.js';
import type { Finding } from '../../core/contracts/therapist-work.js';

export const tendernessWords: readonly string[] = [
  'Not tender',
  'A little tender',
  'Tender',
  'Very tender',
];

/** "Very tender (3 of 3)". */
export const tendernessLine = (tenderness: number): string =>
  `${tendernessWords[tenderness] ?? 'Tender'} (${tenderness} of 3)`;

/** Whose pain: the therapist reads "their usual pain", the client "your usual pain". */
export function reproducedLine(reproduces: boolean | null, whose: 'your' | 'their'): string | null {
  if (reproduces === null) return null;
  return reproduces
    ? `Pressing it brought on ${whose} usual pain.`
    : `Pressing it did not bring on ${whose} usual pain.`;
}

/** The point's name without its side: "Buttock point below the hip bone". */
export function pointPairName(pair: string): string {
  const point = triggerPoints.find((entry) => entry.pair === pair);
  return point === undefined ? pair : point.name.replace(/ \((left|right)\)$/, '');
}

/** "Buttock point below the hip bone, left side". */
export function findingTitle(finding: Pick<Finding, 'triggerPoint' | 'side'>): string {
  const point = findTriggerPoint(finding.triggerPoint);
  const name = point === undefined ? finding.triggerPoint : pointPairName(point.pair);
  return `${name}, ${finding.side} side`;
}

/** Every point pair once, in the content's order (the method's steps first). */
export const pointPairs: readonly string[] = [...new Set(triggerPoints.map((point) => point.pair))];

/** The pairs with a point over this region, for the spot the therapist tapped. */
export function pairsAt(regionId: string): string[] {
  return [
    ...new Set(
      triggerPoints
        .filter((point) => (point.over as readonly string[]).includes(regionId))
        .map((point) => point.pair),
    ),
  ];
}

/** The side a region lies on, or null for one on the middle line (the sacrum). */
export function regionSide(regionId: string): 'left' | 'right' | null {
  if (regionId.endsWith('-left')) return 'left';
  if (regionId.endsWith('-right')) return 'right';
  return null;
}

/** The regions a finding's point lies over, for its dot on the figure. */
export const findingRegions = (triggerPoint: string): readonly string[] =>
  findTriggerPoint(triggerPoint)?.over ?? [];
