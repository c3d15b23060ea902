// The drawn person, back or front, with every body-map region as its own shape and the
// person's own left and right written beside it. Behaviour comes from whoever renders it.
import type { CSSProperties, ReactNode } from 'react';
import type { View } from '../../core/spec/index.js';
import {
  bodyFills,
  face,
  figureViewBox,
  hair,
  landmarks,
  navel,
  outlineStrokes,
} from './figure-outline.js';
import { figureColours } from './pain-scale.js';
import { type RegionShape, regionGeometry, regionIdsInView } from './regions-geometry.js';
import './figure.css';

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BodyFigureProps {
  readonly view: View;
  /** Draws one region; by default a plain outlined shape. */
  readonly renderRegion?: (id: string, shape: RegionShape) => ReactNode;
  /** Drawn over the regions: numbers, rings, markers. */
  readonly children?: ReactNode;
  /** Part of the drawing to show; the whole figure by default. */
  readonly viewBox?: ViewBox;
  /** `group` when the regions inside are controls, `img` when the drawing is a picture. */
  readonly role: 'group' | 'img';
  /** The accessible name: which side is shown and, for a picture, what it shows. */
  readonly label: string;
  /** Extra inline style for the `<svg>` element, e.g. its width when zoomed. */
  readonly style?: CSSProperties | undefined;
  /** Whose sides the words name: the person's own ("Your left"), or a client's for a therapist. */
  readonly whose?: 'Your' | 'Their';
  readonly className?: string;
}

/**
 * The figure's colours as CSS custom properties. They live in pain-scale.ts, where their
 * contrast is tested; set on any element whose CSS draws with them (figure, legend, list).
 */
export const figureColourProperties = {
  '--figure-skin': figureColours.skin,
  '--figure-ink': figureColours.ink,
  '--figure-region-edge': figureColours.regionEdge,
  '--figure-pain-number': figureColours.painNumber,
  '--figure-essential': figureColours.referralEssential,
  '--figure-spillover': figureColours.referralSpillover,
  '--figure-spillover-edge': figureColours.referralSpilloverEdge,
} as CSSProperties;

/** Where the side words sit: by the head, on the side of the picture each names. */
export function sideLabels(
  view: View,
  whose: 'Your' | 'Their' = 'Your',
): readonly { text: string; x: number }[] {
  const viewerLeft = view === 'back' ? `${whose} left` : `${whose} right`;
  const viewerRight = view === 'back' ? `${whose} right` : `${whose} left`;
  return [
    { text: viewerLeft, x: 48 },
    { text: viewerRight, x: 152 },
  ];
}

function plainRegion(id: string, shape: RegionShape): ReactNode {
  return <path key={id} className="body-figure__region" d={shape.d} />;
}

export function BodyFigure({
  view,
  renderRegion = plainRegion,
  children,
  viewBox = figureViewBox,
  role,
  label,
  style,
  className,
  whose,
}: BodyFigureProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
      className={className === undefined ? 'body-figure' : `body-figure ${className}`}
      style={{ ...figureColourProperties, ...style }}
      data-view={view}
      role={role}
      aria-label={label}
    >
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> of drawing is never focusable; hidden so screen readers skip the outline */}
      <g aria-hidden="true" className="body-figure__drawing">
        {bodyFills(view).map((d) => (
          <path key={d} className="body-figure__skin" d={d} />
        ))}
        <path className={`body-figure__hair body-figure__hair--${view}`} d={hair(view)} />
        {landmarks(view).map((d) => (
          <path key={d} className="body-figure__landmark" d={d} />
        ))}
        {face(view).map((d) => (
          <path key={d} className="body-figure__face" d={d} />
        ))}
        {view === 'front' ? (
          <circle className="body-figure__landmark" cx={navel.cx} cy={navel.cy} r={navel.r} />
        ) : null}
        {outlineStrokes(view).map((d) => (
          <path key={d} className="body-figure__outline" d={d} />
        ))}
      </g>
      <g className="body-figure__regions">
        {regionIdsInView(view).map((id) => renderRegion(id, regionGeometry[id]!))}
      </g>
      {children}
      <g className="body-figure__sides">
        {sideLabels(view, whose).map(({ text, x }) => (
          <text key={text} className="body-figure__side" x={x} y={viewBox.y + 22}>
            {text}
          </text>
        ))}
      </g>
    </svg>
  );
}
