// The marked areas as a plain list under the figure: readable on the smallest screen and by
// a screen reader, with a way back to each area and a way to clear them all. Without those
// two actions it is the read-only list a therapist sees under a client's saved map.
import type { CSSProperties } from 'react';
import { painFill } from './pain-scale.js';
import { painAmount } from './region-label.js';

export interface MarkedListProps {
  readonly marked: readonly (readonly [string, number])[];
  readonly regionName: (id: string) => string;
  readonly headingLevel: 2 | 3;
  /** Both absent: a saved map shown read-only, with no buttons. */
  readonly onChange?: (id: string) => void;
  readonly onClearAll?: () => void;
  readonly title?: string;
}

export function MarkedList({
  marked,
  regionName,
  headingLevel,
  onChange,
  onClearAll,
  title = 'Where it hurts',
}: MarkedListProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const nothing = marked.length === 0;
  return (
    <section className="body-map__marked" aria-label={title}>
      <Heading className="body-map__list-title">{title}</Heading>
      {nothing ? (
        <p>Nothing marked yet. Tap each place that hurts.</p>
      ) : (
        <ul className="body-map__list">
          {marked.map(([id, intensity]) => (
            <li key={id} className="body-map__list-item">
              <span>
                <span
                  className="body-map__swatch"
                  style={{ '--region-fill': painFill(intensity) } as CSSProperties}
                  aria-hidden="true"
                >
                  {intensity}
                </span>
                {regionName(id)}: {painAmount(intensity)}
              </span>
              {onChange ? (
                <button
                  type="button"
                  aria-label={`Change ${regionName(id)}`}
                  onClick={() => onChange(id)}
                >
                  Change
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {onClearAll ? (
        <div className="body-map__actions">
          {/* Stays in place when nothing is marked, so focus is not lost after clearing. */}
          <button
            type="button"
            aria-disabled={nothing}
            onClick={() => {
              if (!nothing) onClearAll();
            }}
          >
            Clear all
          </button>
        </div>
      ) : null}
    </section>
  );
}
