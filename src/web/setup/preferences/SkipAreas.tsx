// Areas to keep clear (a wound, a fresh bruise, a recent operation): ticked regions go to the
// plan as skipRegions, and nothing presses on them or next to them. Folded away unless needed;
// after a site precaution (a break, a skin problem, an operation there) it is a required step.
import { useId, useState } from 'react';
import { areaChoices, areaGroups } from './preferences-form.js';

const sideWords = { left: 'Left', right: 'Right', center: 'Middle' } as const;

export interface SkipAreasProps {
  readonly chosen: readonly string[];
  readonly onToggle: (regionId: string) => void;
  /** Required, and always open: the safety check heard of a spot that must not be pressed. */
  readonly asked: boolean;
  /** Why the page cannot go on yet (nothing ticked while required), or null. */
  readonly problem?: string | null;
}

export function SkipAreas({ chosen, onToggle, asked, problem = null }: SkipAreasProps) {
  const count = chosen.length;
  const titleId = useId();
  const problemId = useId();
  // Decided once: React must not fold the list shut when the last tick is taken away.
  const [openAtFirst] = useState(asked || count > 0);
  const countWords =
    count > 0 ? <span className="prefs-skip__count"> · {count} ticked</span> : null;
  if (asked) {
    return (
      <section
        id="keep-clear"
        className={`prefs-skip prefs-skip--required${problem ? ' setup-group--problem' : ''}`}
        aria-labelledby={titleId}
        aria-describedby={problem ? problemId : undefined}
      >
        <h2 id={titleId} className="prefs-skip__summary">
          Areas to keep clear <span className="prefs-skip__optional">(needed)</span>
          {countWords}
        </h2>
        <p className="setup-group__hint">
          You told the safety check about a spot you must not press, such as a recent break, a skin
          problem or an operation. Tick where it is. The plan will not press on it or right next to
          it, and no plan is made until you do.
        </p>
        {problem ? (
          <p id={problemId} className="setup-problem">
            {problem}
          </p>
        ) : null}
        <AreaRows chosen={chosen} onToggle={onToggle} />
      </section>
    );
  }
  return (
    <details className="prefs-skip" open={openAtFirst}>
      <summary className="prefs-skip__summary">
        Areas to keep clear <span className="prefs-skip__optional">(optional)</span>
        {countWords}
      </summary>
      <p className="setup-group__hint">
        Tick any area with a wound, a rash, a fresh bruise or a recent operation. The plan will not
        press on it or right next to it.
      </p>
      <AreaRows chosen={chosen} onToggle={onToggle} />
    </details>
  );
}

function AreaRows({
  chosen,
  onToggle,
}: {
  readonly chosen: readonly string[];
  readonly onToggle: (regionId: string) => void;
}) {
  return areaGroups.map((group) => (
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
  ));
}
