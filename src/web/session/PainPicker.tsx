// Pain from 0 to 10 as eleven big buttons, for before and after a session: one tap, no slider
// to drag with a sore arm. The chosen number stays pressed until another is chosen.
import { useId } from 'react';
import type { PainScore } from '../../core/contracts/session-log.js';

const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface PainPickerProps {
  readonly question: string;
  readonly value: PainScore | null;
  readonly onChange: (score: PainScore) => void;
}

export function PainPicker({ question, value, onChange }: PainPickerProps) {
  const hint = useId();
  return (
    <fieldset className="pain-picker" aria-describedby={hint}>
      <legend className="pain-picker__question">{question}</legend>
      <div className="pain-picker__scale">
        {scores.map((score) => (
          <button
            key={score}
            type="button"
            className="pain-picker__score"
            aria-pressed={value === score}
            aria-label={`${score} out of 10`}
            onClick={() => onChange(score)}
          >
            {score}
          </button>
        ))}
      </div>
      <p id={hint} className="pain-picker__ends">
        <span>0 is no pain</span>
        <span>10 is the worst pain you can think of</span>
      </p>
    </fieldset>
  );
}
