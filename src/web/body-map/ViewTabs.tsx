// Back or front of the body, as a tab list: arrow keys move between the two tabs, as
// screen reader users expect of tabs (WAI-ARIA Authoring Practices, tabs pattern).
import { type KeyboardEvent, useRef } from 'react';
import type { View } from '../../core/spec/index.js';

export const views: readonly View[] = ['back', 'front'];
const viewWords: Readonly<Record<View, string>> = { back: 'Back', front: 'Front' };

export interface ViewTabsProps {
  readonly view: View;
  readonly markedCount: Readonly<Record<View, number>>;
  readonly tabId: (view: View) => string;
  readonly panelId: (view: View) => string;
  readonly onView: (view: View) => void;
}

export function ViewTabs({ view, markedCount, tabId, panelId, onView }: ViewTabsProps) {
  const tabs = useRef(new Map<View, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = views.indexOf(view);
    const next =
      event.key === 'ArrowRight'
        ? views[(index + 1) % views.length]
        : event.key === 'ArrowLeft'
          ? views[(index + views.length - 1) % views.length]
          : event.key === 'Home'
            ? views[0]
            : event.key === 'End'
              ? views[views.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onView(next);
    tabs.current.get(next)?.focus();
  };
  return (
    <div className="body-map__tabs" role="tablist" aria-label="Side of the body">
      {views.map((v) => (
        <button
          key={v}
          ref={(element) => {
            if (element === null) tabs.current.delete(v);
            else tabs.current.set(v, element);
          }}
          type="button"
          role="tab"
          id={tabId(v)}
          className="body-map__tab"
          aria-selected={v === view}
          aria-controls={panelId(v)}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onView(v)}
          onKeyDown={onKeyDown}
        >
          {viewWords[v]}
          {markedCount[v] > 0 ? (
            <span className="body-map__tab-count">
              {markedCount[v]}
              <span className="body-map__hidden-text"> marked</span>
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
