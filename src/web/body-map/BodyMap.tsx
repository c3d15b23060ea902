// The body map: a person taps where it hurts on a back or front figure and sets how much,
// by touch, mouse, keyboard or screen reader. The pain map itself is owned by the caller.
import { useEffect, useId, useRef, useState } from 'react';
import type { View } from '../../core/spec/index.js';
import { figureColourProperties } from './BodyFigure.js';
import { IntensityPanel } from './IntensityPanel.js';
import { MapFigure } from './MapFigure.js';
import { MarkedList } from './MarkedList.js';
import { clearRegion, markedInOrder, saddleAreaId, setIntensity, tapRegion } from './marks.js';
import { regionControlName } from './region-label.js';
import { regionGeometry, regionIdsInView } from './regions-geometry.js';
import { SaddleWarning } from './SaddleWarning.js';
import { ViewTabs, views } from './ViewTabs.js';
import { zoomFactor, zoomScrollTarget } from './zoom.js';
import './body-map.css';

export interface BodyMapProps {
  /** Region id to intensity 0-10. */
  readonly marks: Record<string, number>;
  readonly onChange: (marks: Record<string, number>) => void;
  /** Called the moment the saddle area is marked, to open the nerve warning questions. */
  readonly onSaddleMarked?: () => void;
  /** The plain name of a region, e.g. "Low back beside the spine (left)". */
  readonly regionName: (id: string) => string;
  /** The view shown first; the back, where most back pain is felt, unless told otherwise. */
  readonly initialView?: View;
  /** The level of the map's own headings, under the page's heading. */
  readonly headingLevel?: 2 | 3;
}

const figureLabels: Readonly<Record<View, string>> = {
  back: 'Back of the body, seen from behind. Your left is on the left.',
  front: 'Front of the body, seen face on. Your left is on the right.',
};

const sideOrder: Readonly<Record<View, readonly [string, string]>> = {
  back: ['Your left', 'Your right'],
  front: ['Your right', 'Your left'],
};

const drawingOrder = [...regionIdsInView('back'), ...regionIdsInView('front')];

const firstRegion = (view: View): string => regionIdsInView(view)[0]!;

export function BodyMap({
  marks,
  onChange,
  onSaddleMarked,
  regionName,
  initialView = 'back',
  headingLevel = 2,
}: BodyMapProps) {
  const baseId = useId();
  const [view, setView] = useState<View>(initialView);
  const [selected, setSelected] = useState<string | null>(null);
  const [roving, setRoving] = useState<Readonly<Record<View, string>>>({
    back: firstRegion('back'),
    front: firstRegion('front'),
  });
  const [zoomed, setZoomed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusSlider, setFocusSlider] = useState(0);
  const regionElements = useRef(new Map<string, SVGPathElement>());
  const viewports = useRef(new Map<View, HTMLDivElement>());
  const slider = useRef<HTMLInputElement>(null);
  const saddleWarning = useRef<HTMLDivElement>(null);
  const dock = useRef<HTMLDivElement>(null);
  const [saddleMarkedAt, setSaddleMarkedAt] = useState(0);

  const tabId = (v: View): string => `${baseId}-tab-${v}`;
  const panelId = (v: View): string => `${baseId}-panel-${v}`;
  const viewOf = (id: string): View | undefined => regionGeometry[id]?.view;

  useEffect(() => {
    if (focusSlider > 0) slider.current?.focus();
  }, [focusSlider]);

  // The warning sits above the figure; bring it into view the moment the area is marked.
  useEffect(() => {
    if (saddleMarkedAt > 0) saddleWarning.current?.focus();
  }, [saddleMarkedAt]);

  // Zooming in scrolls the enlarged figure to the chosen region, or to the low back.
  useEffect(() => {
    const viewport = viewports.current.get(view);
    const figure = viewport?.querySelector('svg');
    if (!zoomed || viewport === undefined || figure == null) return;
    const target = zoomScrollTarget(view, selected);
    const box = figure.getBoundingClientRect();
    viewport.scrollLeft = target.x * box.width - viewport.clientWidth / 2;
    viewport.scrollTop = target.y * box.height - viewport.clientHeight / 2;
  }, [zoomed, view, selected]);

  // The intensity panel sticks to the bottom of the screen; a focused or chosen region must
  // not hide behind it (WCAG 2.2, 2.4.11 Focus Not Obscured). Scroll the page until at least
  // the top 48 px of the region shows above the panel.
  const revealAboveDock = (id: string): void => {
    requestAnimationFrame(() => {
      const element = regionElements.current.get(id);
      const panel = dock.current;
      if (element == null || panel === null) return;
      const region = element.getBoundingClientRect();
      const overlap =
        Math.min(region.bottom, region.top + 48) - (panel.getBoundingClientRect().top - 8);
      if (overlap > 0) window.scrollBy({ top: overlap });
    });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the panel opens on a new region; the function reads refs only
  useEffect(() => {
    if (selected !== null) revealAboveDock(selected);
  }, [selected]);

  const choose = (id: string): void => {
    const regionView = viewOf(id);
    if (regionView !== undefined) setRoving((r) => ({ ...r, [regionView]: id }));
    setSelected(id);
  };

  const activate = (id: string): void => {
    const tap = tapRegion(marks, id);
    if (tap.newlyMarked) {
      onChange({ ...tap.marks });
      setAnnouncement(`Marked: ${regionControlName(regionName(id), tap.marks[id])}.`);
    }
    if (tap.saddleWarning) {
      if (onSaddleMarked !== undefined) onSaddleMarked();
      else {
        // The warning comes first: no panel opens over it. The list below can still change
        // the number.
        setSaddleMarkedAt((n) => n + 1);
        return;
      }
    }
    choose(id);
  };

  const closePanel = (id: string): void => {
    setSelected(null);
    regionElements.current.get(id)?.focus();
  };

  const selectedIntensity = selected === null ? undefined : marks[selected];
  const marked = markedInOrder(marks, drawingOrder);
  const markedCount = {
    back: marked.filter(([id]) => viewOf(id) === 'back').length,
    front: marked.filter(([id]) => viewOf(id) === 'front').length,
  };
  const showSaddleWarning = onSaddleMarked === undefined && marks[saddleAreaId] !== undefined;

  return (
    <div className="body-map" style={figureColourProperties}>
      <div className="body-map__toolbar">
        <ViewTabs
          view={view}
          markedCount={markedCount}
          tabId={tabId}
          panelId={panelId}
          onView={setView}
        />
        {/* Touch size: on a 320 px screen the whole figure is about 273 px wide, so the
            smallest areas (sacroiliac joint, tailbone) are only about 18 px across. Rather
            than hidden hit areas larger than what is drawn (which would steal taps from
            neighbours), Zoom in draws the figure 2.5 times as large in a box that scrolls
            both ways: every area then holds a 44 px square (tested in
            regions-geometry.test.ts). */}
        <button
          type="button"
          className="body-map__zoom"
          aria-pressed={zoomed}
          onClick={() => setZoomed((z) => !z)}
        >
          Zoom in
        </button>
      </div>
      <p className="body-map__hint">
        Tap each place that hurts, then set how much. Zoom in makes small areas easier to tap.
        Keyboard: Tab to the figure, then arrow keys and Enter.
      </p>
      {showSaddleWarning ? <SaddleWarning ref={saddleWarning} /> : null}
      {views.map((v) => (
        <div
          key={v}
          id={panelId(v)}
          role="tabpanel"
          aria-labelledby={tabId(v)}
          hidden={v !== view}
          className="body-map__view"
        >
          {zoomed ? (
            <p className="body-map__sides" aria-hidden="true">
              <span>{sideOrder[v][0]}</span>
              <span>{sideOrder[v][1]}</span>
            </p>
          ) : null}
          <div
            className="body-map__viewport"
            data-zoomed={zoomed}
            ref={(element) => {
              if (element === null) viewports.current.delete(v);
              else viewports.current.set(v, element);
            }}
          >
            <MapFigure
              view={v}
              marks={marks}
              selected={selected}
              rovingId={roving[v]}
              regionName={regionName}
              label={figureLabels[v]}
              zoomWidth={zoomed ? `${zoomFactor * 100}%` : undefined}
              onActivate={activate}
              onRove={(id) => {
                setRoving((r) => ({ ...r, [v]: id }));
                revealAboveDock(id);
              }}
              regionRef={(id, element) => {
                if (element === null) regionElements.current.delete(id);
                else regionElements.current.set(id, element);
              }}
            />
          </div>
        </div>
      ))}
      {selected !== null && selectedIntensity !== undefined ? (
        <div className="body-map__dock" ref={dock}>
          <IntensityPanel
            name={regionName(selected)}
            intensity={selectedIntensity}
            headingLevel={headingLevel}
            sliderRef={slider}
            onIntensity={(intensity) => onChange({ ...setIntensity(marks, selected, intensity) })}
            onClear={() => {
              onChange({ ...clearRegion(marks, selected) });
              setAnnouncement(`Cleared: ${regionName(selected)}.`);
              closePanel(selected);
            }}
            onDone={() => closePanel(selected)}
          />
        </div>
      ) : null}
      <MarkedList
        marked={marked}
        regionName={regionName}
        headingLevel={headingLevel}
        onChange={(id) => {
          const regionView = viewOf(id);
          if (regionView !== undefined) setView(regionView);
          choose(id);
          setFocusSlider((n) => n + 1);
        }}
        onClearAll={() => {
          onChange({});
          setSelected(null);
          setAnnouncement('All areas cleared.');
        }}
      />
      <p className="body-map__hidden-text" role="status">
        {announcement}
      </p>
    </div>
  );
}
