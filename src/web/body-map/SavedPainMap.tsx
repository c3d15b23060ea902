// A saved pain map, read-only: the body map's own figure with each marked region in its pain
// colour and number, for each side of the body that has marks, and the same as a plain list.
import type { CSSProperties, ReactNode } from 'react';
import type { View } from '../../core/spec/index.js';
import { BodyFigure } from './BodyFigure.js';
import { MarkedList } from './MarkedList.js';
import { markedInOrder, type PainMarks } from './marks.js';
import { painFill } from './pain-scale.js';
import { type RegionShape, regionGeometry, regionIdsInView } from './regions-geometry.js';
import './body-map.css';
import './saved-pain-map.css';

const views: readonly View[] = ['back', 'front'];

export function SavedPainMap(props: {
  readonly marks: PainMarks;
  readonly regionName: (id: string) => string;
  /** Names the figures for a screen reader, e.g. "Ana's pain map of 3 December". */
  readonly label: string;
  readonly headingLevel: 2 | 3;
  /** "Their" when a therapist looks at a client's map. */
  readonly whose?: 'Your' | 'Their';
}) {
  const { marks } = props;
  const shown = views.filter((view) => regionIdsInView(view).some((id) => marks[id] !== undefined));
  const renderRegion = (id: string, shape: RegionShape): ReactNode => {
    const intensity = marks[id];
    return (
      <path
        key={id}
        d={shape.d}
        className={intensity === undefined ? 'body-figure__region' : 'body-map__region is-marked'}
        style={
          intensity === undefined
            ? undefined
            : ({ '--region-fill': painFill(intensity) } as CSSProperties)
        }
      />
    );
  };
  return (
    <div className="saved-pain-map">
      <div className="saved-pain-map__figures">
        {shown.map((view) => (
          <BodyFigure
            key={view}
            view={view}
            role="img"
            label={`${props.label}, ${view === 'back' ? 'back' : 'front'} of the body. The list below names each area.`}
            renderRegion={renderRegion}
            whose={props.whose ?? 'Your'}
          >
            {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: numbers are drawing only; the list below carries them */}
            <g aria-hidden="true">
              {regionIdsInView(view).map((id) => {
                const intensity = marks[id];
                if (intensity === undefined) return null;
                const [x, y] = regionGeometry[id]!.anchor;
                return (
                  <text key={id} className="body-map__pain-number" x={x} y={y}>
                    {intensity}
                  </text>
                );
              })}
            </g>
          </BodyFigure>
        ))}
      </div>
      <MarkedList
        marked={markedInOrder(marks, [...regionIdsInView('back'), ...regionIdsInView('front')])}
        regionName={props.regionName}
        headingLevel={props.headingLevel}
        title="Marked areas"
      />
    </div>
  );
}
