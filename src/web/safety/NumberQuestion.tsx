// One number question (age, weeks of this bout, pain now): a labelled box to type in, with
// big minus and plus buttons for one thumb.
import type { SafetyQuestion } from '../../content/safety-questions.js';
import { numberProblem } from './screen-flow.js';
import './safety.css';

export interface NumberQuestionProps {
  readonly question: SafetyQuestion;
  readonly typed: string;
  readonly onType: (typed: string) => void;
  /** Set after Next was pressed with a required number still blank. */
  readonly missing: boolean;
  readonly disabled: boolean;
}

/** Short names for the stepper buttons, and the unit beside the box. */
const shortNames: Readonly<Record<string, string>> = {
  age: 'Age',
  'pain-weeks': 'Weeks',
  'pain-now': 'Pain now',
};
const unitWords: Readonly<Record<string, string>> = {
  years: 'years',
  weeks: 'weeks',
  '0-10': 'out of 10',
};

export function NumberQuestion({
  question,
  typed,
  onType,
  missing,
  disabled,
}: NumberQuestionProps) {
  if (question.answer.kind !== 'number') return null;
  const { min, max, unit } = question.answer;
  const base = `q-${question.id}`;
  const problem = numberProblem(question, typed) ?? (missing ? 'Please type a number.' : null);
  const name = shortNames[question.id] ?? question.prompt;
  const current = Number(typed);
  const usable = typed.trim() !== '' && Number.isFinite(current);
  const step = (by: number) => {
    const next = usable ? Math.round(current) + by : min;
    onType(String(Math.min(max, Math.max(min, next))));
  };
  const described = [question.help ? `${base}-help` : '', problem ? `${base}-problem` : ''].filter(
    Boolean,
  );
  return (
    <div className={`safety-question${problem ? ' safety-question--missing' : ''}`}>
      <label htmlFor={`${base}-input`} className="safety-question__prompt">
        {question.prompt}
      </label>
      {question.help ? (
        <p id={`${base}-help`} className="safety-question__help">
          {question.help}
        </p>
      ) : null}
      <div className="number-entry">
        <button
          type="button"
          className="number-entry__step"
          aria-label={`${name}: one less`}
          disabled={disabled}
          onClick={() => step(-1)}
        >
          −
        </button>
        <span className="number-entry__field">
          <input
            id={`${base}-input`}
            className="number-entry__input"
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={typed}
            disabled={disabled}
            aria-invalid={problem ? true : undefined}
            aria-describedby={described.length > 0 ? described.join(' ') : undefined}
            onChange={(event) => onType(event.target.value)}
          />
          <span className="number-entry__unit">{unitWords[unit] ?? unit}</span>
        </span>
        <button
          type="button"
          className="number-entry__step"
          aria-label={`${name}: one more`}
          disabled={disabled}
          onClick={() => step(1)}
        >
          +
        </button>
      </div>
      {problem ? (
        <p id={`${base}-problem`} className="safety-question__problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
