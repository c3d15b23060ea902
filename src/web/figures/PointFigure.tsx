// The point to press, marked on the body figure: the regions it lies over shaded, a ring on
// the spot, and the drawing cropped to the part of the body around it.
import { BodyFigure, regionGeometry } from '../body-map/index.js';
import type { PointMark } from '../steps/step-view.js';
import './point-figure.css';

/** Figure units shown above and below the point: the back from the shoulders to the thighs. */
const ABOVE = 100;
const BELOW = 90;

export function PointFigure({ point }: { readonly point: PointMark }) {
  const view = regionGeometry[point.over[0] ?? '']?.view ?? 'back';
  const inView = point.over.filter((id) => regionGeometry[id]?.view === view);
  const spots = point.sides.flatMap((ids) => {
    const anchors = ids.flatMap((id) => {
      const shape = regionGeometry[id];
      return shape?.view === view ? [shape.anchor] : [];
    });
    if (anchors.length === 0) return [];
    // A point over two regions lies where they meet: one spot between their centres.
    const mean = (i: 0 | 1) => anchors.reduce((sum, anchor) => sum + anchor[i], 0) / anchors.length;
    return [[mean(0), mean(1)] as const];
  });
  const centreY =
    spots.length === 0 ? 200 : spots.reduce((sum, spot) => sum + spot[1], 0) / spots.length;
  const top = Math.max(4, centreY - ABOVE);
  return (
    <BodyFigure
      view={view}
      className="point-figure"
      viewBox={{ x: 16, y: top, width: 168, height: ABOVE + BELOW }}
      role="img"
      label={`Where to press: ${point.name}, on the ${view} of the body.`}
      renderRegion={(id, shape) =>
        inView.includes(id) ? (
          <path key={id} d={shape.d} className="point-figure__over" />
        ) : (
          <path key={id} d={shape.d} className="body-figure__region" />
        )
      }
    >
      {spots.map(([x, y]) => (
        <g key={`${x}-${y}`} className="point-figure__spot">
          <circle cx={x} cy={y} r={9} className="point-figure__ring" />
          <circle cx={x} cy={y} r={3.5} className="point-figure__dot" />
        </g>
      ))}
    </BodyFigure>
  );
}
