// Where a trigger point sits on the drawn figure: a point listed over several regions lies
// where they meet, so its spot is the mean of their anchors. Spots that would sit on top of
// each other are spread around their shared place, so every dot stays visible.
import type { View } from '../../core/spec/index.js';
import { regionGeometry } from './regions-geometry.js';
import type { Point } from './smooth-outline.js';

/** The spot for a point over these regions in this view; undefined when none is in view. */
export function pointSpot(over: readonly string[], view: View): Point | undefined {
  const anchors = over
    .map((id) => regionGeometry[id])
    .filter((shape) => shape?.view === view)
    .map((shape) => shape!.anchor);
  if (anchors.length === 0) return undefined;
  const mean = (i: 0 | 1): number => anchors.reduce((sum, a) => sum + a[i], 0) / anchors.length;
  return [mean(0), mean(1)];
}

/** Spots closer than this (figure units) share a place and are spread in a small ring. */
const SAME_PLACE = 6;
const RING = 7;

/** The spots in order, with any that share a place moved apart around it. */
export function spreadSpots(spots: readonly Point[]): Point[] {
  const groups: number[][] = [];
  spots.forEach((spot, index) => {
    const group = groups.find((members) => {
      const first = spots[members[0]!]!;
      return Math.hypot(first[0] - spot[0], first[1] - spot[1]) < SAME_PLACE;
    });
    if (group) group.push(index);
    else groups.push([index]);
  });
  const placed: Point[] = [...spots];
  for (const members of groups) {
    if (members.length < 2) continue;
    const [cx, cy] = spots[members[0]!]!;
    members.forEach((index, n) => {
      const angle = (2 * Math.PI * n) / members.length - Math.PI / 2;
      placed[index] = [cx + RING * Math.cos(angle), cy + RING * Math.sin(angle)];
    });
  }
  return placed;
}
