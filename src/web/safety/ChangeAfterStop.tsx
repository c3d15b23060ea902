// What /safety shows first when the last screen stopped self-care: the earlier answers, and an
// explicit way to change them. After an emergency only a confirmed mis-tap opens the questions;
// after another stop the person may answer again (and, after an urgent stop, say a doctor checked).
import { type ReactNode, useId } from 'react';
import { Link } from '../router.js';
import { answeredAtWords } from './answered-at.js';
import { EmergencyCall } from './EmergencyCall.js';
import { answersBehind } from './earlier-answers.js';
import { safetyResultPath } from './reopen-screen.js';
import { resultKind } from './result-kind.js';
import type { SafetyRecordValue } from './screen-status.js';
import './safety.css';

export type WayOn = 'mis-tap' | 'answered-again';

export interface ChangeAfterStopProps {
  readonly record: SafetyRecordValue;
  readonly onChoose: (way: WayOn) => void;
  /** The "a doctor has checked me since" form, offered after an urgent stop. */
  readonly clearance?: ReactNode;
}

export function ChangeAfterStop({ record, onChoose, clearance }: ChangeAfterStopProps) {
  const titleId = useId();
  const changeId = useId();
  const kind = resultKind(record.result);
  const emergency = kind === 'emergency';
  const earlier = answersBehind(record.answers, record.result);
  return (
    <section className="page safety-change" aria-labelledby={titleId}>
      <h1 id={titleId} tabIndex={-1}>
        {emergency ? 'Did you tap Yes by mistake?' : 'Your last check stopped self-treatment'}
      </h1>
      <p>
        On {answeredAtWords(record.answeredAt)} you gave{' '}
        {earlier.length === 1 ? 'this answer' : 'these answers'}:
      </p>
      <ul className="safety-change__answers">
        {earlier.map((answer) => (
          <li key={answer.question}>
            {answer.prompt} <strong>Your answer: {answer.answer}</strong>
          </li>
        ))}
      </ul>
      {emergency ? (
        <>
          <p className="result__stop">
            If that answer is right, do not answer again. Get emergency help now.
          </p>
          <EmergencyCall />
        </>
      ) : (
        <p>
          <strong>{record.result.nextStep.message}</strong>
        </p>
      )}
      {clearance}
      <section className="safety-change__part" aria-labelledby={changeId}>
        <h2 id={changeId}>
          {emergency ? 'If you tapped Yes by mistake' : 'If an answer was wrong'}
        </h2>
        <p>
          {emergency
            ? 'Tell us, and answer all the safety questions again. Unknot keeps a note that you changed this answer.'
            : 'Answer all the safety questions again. Unknot keeps a note that you changed your answers.'}
        </p>
        <p className="safety-gate__actions">
          <button
            type="button"
            className="primary"
            onClick={() => onChoose(emergency ? 'mis-tap' : 'answered-again')}
          >
            {emergency ? 'I tapped Yes by mistake' : 'Answer the questions again'}
          </button>
        </p>
      </section>
      <p className="result__back">
        <Link href={safetyResultPath}>Keep my answers</Link>
      </p>
    </section>
  );
}
