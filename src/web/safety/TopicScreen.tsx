// One topic of the safety screen: where the person is, the topic's questions, and Back / Next.
// The heading takes focus on each new topic, so screen readers and keyboards start there.
import type { FormEvent, Ref } from 'react';
import type { SafetyTopic } from '../../content/safety-questions.js';
import { NumberQuestion } from './NumberQuestion.js';
import type { Choice, Choices, TypedNumbers } from './screen-flow.js';
import { YesNoQuestion } from './YesNoQuestion.js';
import './safety.css';

export interface TopicScreenProps {
  readonly topic: SafetyTopic;
  readonly position: number;
  readonly count: number;
  readonly choices: Choices;
  readonly numbers: TypedNumbers;
  /** Question ids still open after Next was pressed. */
  readonly missing: ReadonlySet<string>;
  readonly busy: boolean;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly onChoose: (questionId: string, choice: Choice) => void;
  readonly onType: (questionId: string, typed: string) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
  /** A short "red-flag questions again" line when only those are asked. */
  readonly recheck: boolean;
}

export function TopicScreen(props: TopicScreenProps) {
  const { topic, position, count, choices, numbers, missing, busy } = props;
  const last = position === count;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onNext();
  };
  return (
    <section className="page safety" aria-labelledby="safety-topic-title">
      <p className="safety__step">
        {props.recheck ? 'Warning signs again · ' : 'Safety check · '}
        Question group {position} of {count}
      </p>
      <div className="safety__bar" aria-hidden="true">
        <div className="safety__bar-fill" style={{ width: `${(position / count) * 100}%` }} />
      </div>
      <h1 id="safety-topic-title" ref={props.headingRef} tabIndex={-1}>
        {topic.title}
      </h1>
      {topic.intro ? <p className="safety__intro">{topic.intro}</p> : null}
      <form className="safety__form" onSubmit={submit} noValidate>
        {topic.questions.map((question) =>
          question.answer.kind === 'yes-no' ? (
            <YesNoQuestion
              key={question.id}
              question={question}
              choice={choices[question.id]}
              onChoose={(choice) => props.onChoose(question.id, choice)}
              missing={missing.has(question.id)}
              disabled={busy}
            />
          ) : (
            <NumberQuestion
              key={question.id}
              question={question}
              typed={numbers[question.id] ?? ''}
              onType={(typed) => props.onType(question.id, typed)}
              missing={missing.has(question.id)}
              disabled={busy}
            />
          ),
        )}
        {missing.size > 0 ? (
          <p className="safety__problem" role="alert">
            Please answer every question on this screen before you go on.
          </p>
        ) : null}
        {busy ? (
          <p className="safety__busy" role="status">
            Checking your answers…
          </p>
        ) : null}
        <div className="safety__nav">
          <button type="button" className="safety__back" onClick={props.onBack} disabled={busy}>
            Back
          </button>
          <button type="submit" className="primary safety__next" disabled={busy}>
            {last ? 'See my result' : 'Next'}
          </button>
        </div>
      </form>
    </section>
  );
}
