// One yes/no question with big answer buttons. "Not sure" is offered only where the screen
// counts it as yes (nerve and chest signs), and it says so.
import type { SafetyQuestion } from '../../content/safety-questions.js';
import type { Choice } from './screen-flow.js';
import './safety.css';

export interface YesNoQuestionProps {
  readonly question: SafetyQuestion;
  readonly choice: Choice | undefined;
  readonly onChoose: (choice: Choice) => void;
  /** Set after Next was pressed with this question still open. */
  readonly missing: boolean;
  readonly disabled: boolean;
}

const labels: Readonly<Record<Choice, string>> = { yes: 'Yes', no: 'No', 'not-sure': 'Not sure' };

export function YesNoQuestion({
  question,
  choice,
  onChoose,
  missing,
  disabled,
}: YesNoQuestionProps) {
  const base = `q-${question.id}`;
  const options: Choice[] = question.notSureCountsAsYes ? ['yes', 'no', 'not-sure'] : ['yes', 'no'];
  const described = [question.help ? `${base}-help` : '', missing ? `${base}-missing` : ''].filter(
    Boolean,
  );
  return (
    <fieldset
      className={`safety-question${missing ? ' safety-question--missing' : ''}`}
      aria-describedby={described.length > 0 ? described.join(' ') : undefined}
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
      {missing ? (
        <p id={`${base}-missing`} className="safety-question__problem">
          Please answer this one.
        </p>
      ) : null}
    </fieldset>
  );
}
