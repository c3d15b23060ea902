// A 0-10 score as eleven big radio tiles in one group: arrow keys move between them, and the
// question and what 0 and 10 mean are read with the group.
import { useId } from 'react';

const scores = Array.from({ length: 11 }, (_, i) => i);

export function ScoreChoice(props: {
  readonly legend: string;
  readonly hint: string;
  readonly value: number | null;
  readonly onChange: (score: number) => void;
}) {
  const ids = { name: useId(), hint: useId() };
  return (
    <fieldset className="score-choice" aria-describedby={ids.hint}>
      <legend>{props.legend}</legend>
      <p id={ids.hint} className="progress-hint">
        {props.hint}
      </p>
      <div className="score-choice__options">
        {scores.map((score) => (
          <label key={score} className="score-choice__option">
            <input
              type="radio"
              name={ids.name}
              value={score}
              checked={props.value === score}
              onChange={() => props.onChange(score)}
            />
            <span>{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
