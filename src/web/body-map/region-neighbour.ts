// Arrow-key moves between regions on the figure: the region that lies nearest in the
// pressed direction on screen, as a sighted person would expect the focus to jump.
import type { Point } from './smooth-outline.js';

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

const keyDirections: Readonly<Record<string, ArrowDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The direction an arrow key points, or undefined for any other key. */
export function arrowDirection(key: string): ArrowDirection | undefined {
  return keyDirections[key];
}

// How far along the pressed direction and how far off to the side a point lies.
function along(direction: ArrowDirection, [dx, dy]: Point): { ahead: number; aside: number } {
  switch (direction) {
    case 'up':
      return { ahead: -dy, aside: Math.abs(dx) };
    case 'down':
      return { ahead: dy, aside: Math.abs(dx) };
    case 'left':
      return { ahead: -dx, aside: Math.abs(dy) };
    case 'right':
      return { ahead: dx, aside: Math.abs(dy) };
  }
}

// Sideways distance counts double, so a region straight ahead beats a nearer one off to
// the side (down from the neck goes to the strip beside the spine, not across the spine).
const asideWeight = 2;

// Candidates come in tiers, and a nearer tier always wins. First the regions that share a
// border with this one (the spec's adjacency) inside a 45 degree cone ahead: up from the
// middle of the low back is the spine above it, not the mid back beside it. Then any
// region inside the cone; last any region ahead at all, so an edge region still moves.
const tierGap = 10_000;

/**
 * The region nearest ahead of `fromId` in `direction` among `anchors` (one view's regions),
 * preferring its `adjacent` regions. Undefined when nothing lies that way: the figure's edge.
 */
export function neighbourInDirection(
  fromId: string,
  direction: ArrowDirection,
  anchors: Readonly<Record<string, Point>>,
  adjacent: readonly string[] = [],
): string | undefined {
  const from = anchors[fromId];
  if (from === undefined) return undefined;
  let best: { id: string; score: number } | undefined;
  for (const [id, point] of Object.entries(anchors)) {
    if (id === fromId) continue;
    const { ahead, aside } = along(direction, [point[0] - from[0], point[1] - from[1]]);
    if (ahead <= 0) continue;
    const inCone = aside <= ahead;
    const tier = inCone && adjacent.includes(id) ? 0 : inCone ? 1 : 2;
    const score = tier * tierGap + ahead + asideWeight * aside;
    if (best === undefined || score < best.score || (score === best.score && id < best.id)) {
      best = { id, score };
    }
  }
  return best?.id;
}
