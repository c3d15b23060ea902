// The quick rating after a point: three yes-or-no questions, then save. Left alone, the session
// moves on by itself and the point is kept unrated.
import { useState } from 'react';
import type { PointRating } from '../../core/contracts/session-log.js';

type Answers = { readonly [K in keyof PointRating]: boolean | null };

const questions: readonly { readonly key: keyof PointRating; readonly text: string }[] = [
  { key: 'tender', text: 'Was the spot sore when you pressed it?' },
  { key: 'reproduced', text: 'Did it bring on your usual pain?' },
  { key: 'eased', text: 'Did it ease while you pressed?' },
];

export interface RatingPanelProps {
  readonly onRate: (rating: PointRating) => void;
  readonly onSkip: () => void;
}

export function RatingPanel({ onRate, onSkip }: RatingPanelProps) {
  const [answers, setAnswers] = useState<Answers>({ tender: null, reproduced: null, eased: null });
  const complete = answers.tender !== null && answers.reproduced !== null && answers.eased !== null;
  return (
    <div className="rating">
      {questions.map(({ key, text }) => (
        <fieldset key={key} className="rating__question">
          <legend>{text}</legend>
          <div className="rating__answers">
            {([true, false] as const).map((answer) => (
              <button
                key={String(answer)}
                type="button"
                className="player-button rating__answer"
                aria-pressed={answers[key] === answer}
                onClick={() => setAnswers((now) => ({ ...now, [key]: answer }))}
              >
                {answer ? 'Yes' : 'No'}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="rating__actions">
        <button
          type="button"
          className="player-button player-button--primary"
          disabled={!complete}
          onClick={() => {
            if (complete) {
              onRate({
                tender: answers.tender === true,
                reproduced: answers.reproduced === true,
                eased: answers.eased === true,
              });
            }
          }}
        >
          Save and go on
        </button>
        <button type="button" className="player-button" onClick={onSkip}>
          Go on without rating
        </button>
      </div>
    </div>
  );
}
