// One view of the body map: every region a focusable button named by its place and pain,
// one Tab stop for the whole figure (roving focus), arrow keys to move, Enter or Space to mark.
import { type CSSProperties, type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { specRegions, type View } from '../../core/spec/index.js';
import { BodyFigure } from './BodyFigure.js';
import type { PainMarks } from './marks.js';
import { painFill } from './pain-scale.js';
import { regionControlName } from './region-label.js';
import { arrowDirection, neighbourInDirection } from './region-neighbour.js';
import { type RegionShape, regionGeometry, regionIdsInView } from './regions-geometry.js';
import type { Point } from './smooth-outline.js';

export interface MapFigureProps {
  readonly view: View;
  readonly marks: PainMarks;
  readonly selected: string | null;
  /** The one region of this view that Tab lands on. */
  readonly rovingId: string;
  readonly regionName: (id: string) => string;
  readonly label: string;
  /** CSS width of the drawing when zoomed in, e.g. "250%". */
  readonly zoomWidth?: string | undefined;
  /** Marks (if new) and selects a region: a tap, a click, Enter or Space. */
  readonly onActivate: (id: string) => void;
  /** Focus moved to another region by an arrow key, Home or End. */
  readonly onRove: (id: string) => void;
  /** Lets the parent hand focus back to a region (after "Done" or "Clear this area"). */
  readonly regionRef: (id: string, element: SVGPathElement | null) => void;
  /** Drawn over the regions and under the focus ring, such as points found by hand. */
  readonly overlay?: ReactNode;
}

const anchorsByView: Readonly<Record<View, Readonly<Record<string, Point>>>> = {
  back: Object.fromEntries(regionIdsInView('back').map((id) => [id, regionGeometry[id]!.anchor])),
  front: Object.fromEntries(regionIdsInView('front').map((id) => [id, regionGeometry[id]!.anchor])),
};

const adjacency: ReadonlyMap<string, readonly string[]> = new Map(
  specRegions.map((region) => [region.id, region.adjacent]),
);

// Only a keyboard focus gets the big ring; a tap already shows the selection ring.
function focusIsVisible(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

export function MapFigure({
  view,
  marks,
  selected,
  rovingId,
  regionName,
  label,
  zoomWidth,
  onActivate,
  onRove,
  regionRef,
  overlay,
}: MapFigureProps) {
  const [focused, setFocused] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGPathElement>());
  const ids = regionIdsInView(view);

  const moveTo = (id: string | undefined): void => {
    if (id === undefined) return;
    onRove(id);
    elements.current.get(id)?.focus();
  };

  const onKeyDown = (id: string, event: KeyboardEvent<SVGPathElement>): void => {
    const direction = arrowDirection(event.key);
    if (direction !== undefined) {
      event.preventDefault();
      moveTo(neighbourInDirection(id, direction, anchorsByView[view], adjacency.get(id)));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? ids[0] : ids[ids.length - 1]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate(id);
    }
  };

  const renderRegion = (id: string, shape: RegionShape): ReactNode => {
    const intensity = marks[id];
    const marked = intensity !== undefined;
    return (
      // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be a <button>; role, tabIndex and Enter/Space make it one
      <path
        key={id}
        ref={(element) => {
          if (element === null) elements.current.delete(id);
          else elements.current.set(id, element);
          regionRef(id, element);
        }}
        d={shape.d}
        data-region={id}
        className={[
          'body-map__region',
          marked ? 'is-marked' : '',
          selected === id ? 'is-selected' : '',
        ].join(' ')}
        style={marked ? ({ '--region-fill': painFill(intensity) } as CSSProperties) : undefined}
        role="button"
        tabIndex={id === rovingId ? 0 : -1}
        aria-pressed={marked}
        aria-label={regionControlName(regionName(id), intensity)}
        onClick={() => onActivate(id)}
        onKeyDown={(event) => onKeyDown(id, event)}
        onFocus={(event) => {
          onRove(id);
          setFocused(focusIsVisible(event.currentTarget) ? id : null);
        }}
        onBlur={() => setFocused(null)}
      />
    );
  };

  const selectedShape = selected === null ? undefined : regionGeometry[selected];
  const focusedShape = focused === null ? undefined : regionGeometry[focused];

  return (
    <BodyFigure
      view={view}
      renderRegion={renderRegion}
      role="group"
      label={label}
      style={zoomWidth === undefined ? undefined : { width: zoomWidth, maxWidth: 'none' }}
    >
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: rings and numbers are drawing only; each region's name already carries its number */}
      <g aria-hidden="true">
        {selectedShape?.view === view ? (
          <path className="body-map__selected-ring" d={selectedShape.d} />
        ) : null}
        {ids.map((id) => {
          const intensity = marks[id];
          if (intensity === undefined) return null;
          const [x, y] = regionGeometry[id]!.anchor;
          return (
            <text key={id} className="body-map__pain-number" x={x} y={y}>
              {intensity}
            </text>
          );
        })}
        {overlay}
        {focusedShape?.view === view ? (
          <>
            <path className="body-map__focus-halo" d={focusedShape.d} />
            <path className="body-map__focus-ring" d={focusedShape.d} />
          </>
        ) : null}
      </g>
    </BodyFigure>
  );
}
