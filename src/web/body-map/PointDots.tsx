// Trigger points drawn as numbered dots over the figure (a therapist's findings, with the
// tenderness 0-3 inside). Drawing only: the list beside the figure carries the same in words.
import type { View } from '../../core/spec/index.js';
import { pointSpot, spreadSpots } from './point-spot.js';

export interface PointDot {
  readonly key: string;
  /** The regions the point lies over (per-side ids). */
  readonly over: readonly string[];
  /** A short mark inside the dot, such as the tenderness. */
  readonly mark: string;
  readonly chosen?: boolean;
}

export function PointDots({
  dots,
  view,
}: {
  readonly dots: readonly PointDot[];
  readonly view: View;
}) {
  const inView = dots.flatMap((dot) => {
    const spot = pointSpot(dot.over, view);
    return spot === undefined ? [] : [{ dot, spot }];
  });
  const spots = spreadSpots(inView.map((entry) => entry.spot));
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of drawing is never focusable; the list names each point
    <g aria-hidden="true" className="point-dots">
      {inView.map(({ dot }, index) => {
        const [x, y] = spots[index]!;
        return (
          <g key={dot.key} className={dot.chosen ? 'point-dot is-chosen' : 'point-dot'}>
            <circle cx={x} cy={y} r={5.5} />
            <text x={x} y={y}>
              {dot.mark}
            </text>
          </g>
        );
      })}
    </g>
  );
}
