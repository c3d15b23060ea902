// One question of a safety checklist: "Yes" (and "Not sure" where it counts as yes) as big
// buttons; a question left alone counts as no when the person goes on. A Yes or Not sure opens
// only this question's follow-up: what the answer means and a way to take it back.
import type { SafetyQuestion } from '../../content/safety-questions.js';
import type { Choice } from './screen-flow.js';
import './safety.css';

export interface ChecklistQuestionProps {
  readonly question: SafetyQuestion;
  readonly choice: Choice | undefined;
  /** null takes a Yes or Not sure back. */
  readonly onChoose: (choice: Choice | null) => void;
  readonly disabled: boolean;
}

const labels = { yes: 'Yes', 'not-sure': 'Not sure' } as const;

export function ChecklistQuestion({
  question,
  choice,
  onChoose,
  disabled,
}: ChecklistQuestionProps) {
  const base = `q-${question.id}`;
  const options = question.notSureCountsAsYes ? (['yes', 'not-sure'] as const) : (['yes'] as const);
  const ticked = choice === 'yes' || choice === 'not-sure';
  return (
    <fieldset
      className={`safety-question${ticked ? ' safety-question--ticked' : ''}`}
      aria-describedby={question.help ? `${base}-help` : undefined}
      data-question={question.id}
    >
      <legend className="safety-question__prompt">{question.prompt}</legend>
      {question.help ? (
        <p id={`${base}-help`} className="safety-question__help">
          {question.help}
        </p>
      ) : null}
      <div className="safety-question__answers">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={`safety-answer safety-answer--${option}`}
            aria-pressed={choice === option}
            disabled={disabled}
            onClick={() => onChoose(option)}
          >
            {labels[option]}
          </button>
        ))}
      </div>
      {ticked ? (
        <div className="safety-question__follow-up">
          <p>
            {choice === 'not-sure'
              ? 'Not sure counts as yes, to keep you safe. Your result will say what to do.'
              : 'Your result will say what this means for you.'}
          </p>
          <button
            type="button"
            className="safety-question__undo"
            disabled={disabled}
            onClick={() => onChoose(null)}
          >
            Take back my answer
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
