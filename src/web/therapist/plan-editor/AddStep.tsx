// Adds a step at the end of the plan: a trigger point on one side (with its first technique,
// which can then be changed), or a release or movement from the knowledge base.
import { useId, useState } from 'react';
import { mobilisations } from '../../../content/mobilisations.js';
import { techniquesFor } from '../../../content/techniques.js';
import { pointPairName, pointPairs } from '../../findings/finding-words.js';

// Only points that some technique can work may be added.
const workablePairs = pointPairs.filter((pair) => techniquesFor(`${pair}-left`).length > 0);

export function AddStep(props: {
  readonly full: boolean;
  readonly onAddPoint: (pointId: string) => void;
  readonly onAddMovement: (id: string) => void;
}) {
  const ids = { title: useId(), point: useId(), side: useId(), movement: useId() };
  const [pair, setPair] = useState(workablePairs[0] ?? '');
  const [side, setSide] = useState<'left' | 'right'>('left');
  const [movement, setMovement] = useState<string>(mobilisations[0]?.id ?? '');
  return (
    <section className="add-step card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Add a step</h2>
      {props.full ? <p>The plan has the most steps it can hold (40).</p> : null}
      <div className="add-step__row">
        <p className="step-editor__field">
          <label htmlFor={ids.point}>Point</label>
          <select id={ids.point} value={pair} onChange={(event) => setPair(event.target.value)}>
            {workablePairs.map((entry) => (
              <option key={entry} value={entry}>
                {pointPairName(entry)}
              </option>
            ))}
          </select>
        </p>
        <p className="step-editor__field">
          <label htmlFor={ids.side}>Side</label>
          <select
            id={ids.side}
            value={side}
            onChange={(event) => setSide(event.target.value === 'right' ? 'right' : 'left')}
          >
            <option value="left">Left</option>
            <option value="right">Right</option>
          </select>
        </p>
        <button
          type="button"
          disabled={props.full}
          onClick={() => props.onAddPoint(`${pair}-${side}`)}
        >
          Add this point
        </button>
      </div>
      <div className="add-step__row">
        <p className="step-editor__field">
          <label htmlFor={ids.movement}>Release or movement</label>
          <select
            id={ids.movement}
            value={movement}
            onChange={(event) => setMovement(event.target.value)}
          >
            {mobilisations.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
          </select>
        </p>
        <button type="button" disabled={props.full} onClick={() => props.onAddMovement(movement)}>
          Add this movement
        </button>
      </div>
    </section>
  );
}
