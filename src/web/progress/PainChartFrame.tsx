// The frame every pain chart shares: a captioned figure, an SVG image with a spoken summary,
// the 0-10 pain axis, and whatever follows the drawing (legend, the table of the numbers).
import { type ReactNode, useId } from 'react';
import { chartFrame as frame, painTicks } from './chart-geometry.js';
import { PainAxis } from './PainAxis.js';

export function PainChartFrame(props: {
  readonly caption: string;
  /** What a screen reader hears for the drawing. */
  readonly summary: string;
  /** The marks drawn over the axis. */
  readonly children: ReactNode;
  /** Shown under the drawing, inside the figure. */
  readonly after?: ReactNode;
}) {
  const ids = { title: useId(), caption: useId() };
  return (
    <figure className="progress-chart" aria-labelledby={ids.caption}>
      <figcaption id={ids.caption} className="progress-chart__caption">
        {props.caption}
      </figcaption>
      <svg
        className="progress-chart__svg"
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-labelledby={ids.title}
      >
        <title id={ids.title}>{props.summary}</title>
        <PainAxis ticks={painTicks} />
        {props.children}
      </svg>
      {props.after}
    </figure>
  );
}
