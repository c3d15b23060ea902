// Areas to keep clear (a wound, a fresh bruise, a recent operation): ticked regions go to the
// plan as skipRegions, and nothing presses on them or next to them. Folded away unless needed.
import { useState } from 'react';
import { areaChoices, areaGroups } from './preferences-form.js';

const sideWords = { left: 'Left', right: 'Right', center: 'Middle' } as const;

export interface SkipAreasProps {
  readonly chosen: readonly string[];
  readonly onToggle: (regionId: string) => void;
  /** Open at first, because the safety check heard of an area to keep clear. */
  readonly asked: boolean;
}

export function SkipAreas({ chosen, onToggle, asked }: SkipAreasProps) {
  const count = chosen.length;
  // Decided once: React must not fold the list shut when the last tick is taken away.
  const [openAtFirst] = useState(asked || count > 0);
  return (
    <details className="prefs-skip" open={openAtFirst}>
      <summary className="prefs-skip__summary">
        Areas to keep clear <span className="prefs-skip__optional">(optional)</span>
        {count > 0 ? <span className="prefs-skip__count"> · {count} ticked</span> : null}
      </summary>
      <p className="setup-group__hint">
        {asked
          ? 'You told the safety check about a spot you should not press. Tick it here.'
          : 'Tick any area with a wound, a rash, a fresh bruise or a recent operation.'}{' '}
        The plan will not press on it or right next to it.
      </p>
      {areaGroups.map((group) => (
        <fieldset key={group.title} className="prefs-skip__group">
          <legend className="prefs-skip__legend">{group.title}</legend>
          <ul className="prefs-skip__rows">
            {areaChoices(group).map((area) => (
              <li key={area.base} className="prefs-skip__row">
                <span className="prefs-skip__name" aria-hidden="true">
                  {area.name}
                </span>
                <span className="prefs-skip__sides">
                  {area.regions.map((region) => (
                    <label key={region.id} className="prefs-skip__side">
                      <input
                        type="checkbox"
                        checked={chosen.includes(region.id)}
                        onChange={() => onToggle(region.id)}
                      />
                      <span className="setup-hidden">{area.name}, </span>
                      {sideWords[region.side]}
                    </label>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </details>
  );
}
