// The form for one point found by hand: which point and side, how tender (0-3), whether
// pressing it brought on the client's usual pain, and a short note. Points under the spot the
// therapist tapped come first.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { MAX_NOTE_CHARS } from '../../../core/contracts/therapist-work.js';
import {
  pairsAt,
  pointPairName,
  pointPairs,
  tendernessWords,
} from '../../findings/finding-words.js';

export interface FindingFields {
  readonly pair: string;
  readonly side: 'left' | 'right';
  readonly tenderness: number;
  readonly reproducesPain: boolean | null;
  readonly note: string;
}

const reproducedChoices = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
  { value: null, label: 'Not checked' },
] as const;

export function FindingForm(props: {
  readonly initial: FindingFields;
  /** The region tapped on the map, whose points are offered first; null from the list. */
  readonly region: { readonly id: string; readonly name: string } | null;
  readonly changing: boolean;
  readonly busy: boolean;
  readonly onSave: (fields: FindingFields) => void;
  readonly onCancel: () => void;
}) {
  const ids = { title: useId(), point: useId(), note: useId(), noteHint: useId() };
  const [fields, setFields] = useState(props.initial);
  const heading = useRef<HTMLHeadingElement>(null);
  const here = props.region === null ? [] : pairsAt(props.region.id);
  const elsewhere = pointPairs.filter((pair) => !here.includes(pair));
  const set = (change: Partial<FindingFields>) => setFields((now) => ({ ...now, ...change }));

  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSave(fields);
  };

  return (
    <form className="finding-form card" aria-labelledby={ids.title} onSubmit={submit}>
      <h3 id={ids.title} ref={heading} tabIndex={-1}>
        {props.changing ? 'Change this point' : 'Mark a point you found'}
      </h3>
      {props.region === null ? null : (
        <p className="finding-form__where">Tapped: {props.region.name}.</p>
      )}
      <label htmlFor={ids.point}>Point</label>
      <select
        id={ids.point}
        value={fields.pair}
        onChange={(event) => set({ pair: event.target.value })}
      >
        {here.length > 0 ? (
          <optgroup label="Under the spot you tapped">
            {here.map((pair) => (
              <option key={pair} value={pair}>
                {pointPairName(pair)}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={here.length > 0 ? 'Other points' : 'All points'}>
          {elsewhere.map((pair) => (
            <option key={pair} value={pair}>
              {pointPairName(pair)}
            </option>
          ))}
        </optgroup>
      </select>
      <fieldset className="finding-form__choices">
        <legend>Side (the client's own)</legend>
        {(['left', 'right'] as const).map((side) => (
          <label key={side} className="tile finding-form__choice">
            <input
              type="radio"
              name={`${ids.title}-side`}
              checked={fields.side === side}
              onChange={() => set({ side })}
            />
            {side === 'left' ? 'Left' : 'Right'}
          </label>
        ))}
      </fieldset>
      <fieldset className="finding-form__choices">
        <legend>How tender was it?</legend>
        {tendernessWords.map((words, tenderness) => (
          <label key={words} className="tile finding-form__choice">
            <input
              type="radio"
              name={`${ids.title}-tenderness`}
              checked={fields.tenderness === tenderness}
              onChange={() => set({ tenderness })}
            />
            {tenderness}: {words}
          </label>
        ))}
      </fieldset>
      <fieldset className="finding-form__choices">
        <legend>Did pressing it bring on their usual pain?</legend>
        {reproducedChoices.map((choice) => (
          <label key={choice.label} className="tile finding-form__choice">
            <input
              type="radio"
              name={`${ids.title}-reproduced`}
              checked={fields.reproducesPain === choice.value}
              onChange={() => set({ reproducesPain: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={ids.note}>Note (optional)</label>
      <textarea
        id={ids.note}
        rows={3}
        maxLength={MAX_NOTE_CHARS}
        aria-describedby={ids.noteHint}
        value={fields.note}
        onChange={(event) => set({ note: event.target.value })}
      />
      <p id={ids.noteHint} className="finding-form__hint">
        Your client reads this note. Up to {MAX_NOTE_CHARS.toLocaleString('en')} characters.
      </p>
      <p className="finding-form__actions">
        <button type="submit" className="primary" disabled={props.busy}>
          {props.busy ? 'Saving…' : 'Save this point'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
