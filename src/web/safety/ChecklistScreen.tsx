// One screen of the safety check: a group's questions as one checklist with a single "None of
// these" answer, or the number questions together. The heading takes focus on each new screen,
// so screen readers and keyboards start there; the main action stays in thumb reach.
import type { FormEvent, Ref } from 'react';
import type { SafetyChecklist, SafetyQuestion } from '../../content/safety-questions.js';
import { ChecklistQuestion } from './ChecklistQuestion.js';
import { NumberQuestion } from './NumberQuestion.js';
import { anyTicked, type Choice, type Choices, type TypedNumbers } from './screen-flow.js';
import './safety.css';

export interface ChecklistScreenProps {
  readonly screen: SafetyChecklist;
  readonly position: number;
  readonly count: number;
  readonly choices: Choices;
  readonly numbers: TypedNumbers;
  /** Number question ids still open or unusable after the main button was pressed. */
  readonly missing: ReadonlySet<string>;
  readonly busy: boolean;
  /** A problem with sending the answers, worded for the person. */
  readonly problem: string | null;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onChoose: (questionId: string, choice: Choice | null) => void;
  readonly onType: (questionId: string, typed: string) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
  /** A short "red-flag questions again" line when only those are asked. */
  readonly recheck: boolean;
}

/** The main button's words: "None of these" until something is ticked. */
export function mainActionWords(
  screen: SafetyChecklist,
  choices: Choices,
  last: boolean,
): 'None of these' | 'Next' | 'See my result' {
  const checklist = screen.questions.some((question) => question.answer.kind === 'yes-no');
  if (checklist && !anyTicked(screen, choices)) return 'None of these';
  return last ? 'See my result' : 'Next';
}

export function ChecklistScreen(props: ChecklistScreenProps) {
  const { screen, position, count, choices, numbers, missing, busy } = props;
  const last = position === count;
  const action = mainActionWords(screen, choices, last);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onNext();
  };
  const question = (q: SafetyQuestion) =>
    q.answer.kind === 'yes-no' ? (
      <ChecklistQuestion
        key={q.id}
        question={q}
        choice={choices[q.id]}
        onChoose={(choice) => props.onChoose(q.id, choice)}
        disabled={busy}
      />
    ) : (
      <NumberQuestion
        key={q.id}
        question={q}
        typed={numbers[q.id] ?? ''}
        onType={(typed) => props.onType(q.id, typed)}
        missing={missing.has(q.id)}
        disabled={busy}
      />
    );
  // A topic keeps its own small heading when the screen holds more than one.
  const sections = screen.topics.length > 1;
  return (
    <section className="page safety" aria-labelledby="safety-topic-title">
      <p className="safety__step">
        {props.recheck ? 'Warning signs again · ' : 'Safety check · '}
        Part {position} of {count}
      </p>
      <div className="safety__bar" aria-hidden="true">
        <div className="safety__bar-fill" style={{ width: `${(position / count) * 100}%` }} />
      </div>
      <h1 id="safety-topic-title" ref={props.headingRef} tabIndex={-1}>
        {screen.title}
      </h1>
      {screen.intro ? <p className="safety__intro">{screen.intro}</p> : null}
      <form className="safety__form" onSubmit={submit} noValidate>
        {screen.topics.map((topic) =>
          sections ? (
            <section
              key={topic.id}
              className="safety__topic"
              aria-labelledby={`safety-topic-${topic.id}`}
            >
              <h2 id={`safety-topic-${topic.id}`} className="safety__topic-title">
                {topic.title}
              </h2>
              {topic.intro ? <p className="safety__topic-intro">{topic.intro}</p> : null}
              {topic.questions.map(question)}
            </section>
          ) : (
            topic.questions.map(question)
          ),
        )}
        {missing.size > 0 ? (
          <p className="safety__problem" role="alert">
            Please fill in the numbers marked above before you go on.
          </p>
        ) : null}
        {props.problem !== null ? (
          <p className="safety__problem" role="alert">
            {props.problem}
          </p>
        ) : null}
        {busy ? (
          <p className="safety__busy" role="status">
            Checking your answers…
          </p>
        ) : null}
        <div className="safety__nav">
          {action === 'Next' || (action === 'See my result' && screen.id !== 'numbers') ? (
            <p className="safety__rest">Anything you did not tap on this screen counts as no.</p>
          ) : null}
          <button type="button" className="safety__back" onClick={props.onBack} disabled={busy}>
            Back
          </button>
          <button type="submit" className="primary safety__next" disabled={busy}>
            {action}
          </button>
        </div>
      </form>
    </section>
  );
}
