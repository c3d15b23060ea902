// The end of a session: pain before and after, and how each point went, in a few lines.
import type { RefObject } from 'react';
import type { PointOutcome } from '../../core/contracts/session-log.js';
import type { SessionState } from '../../core/session/index.js';
import { Link } from '../router.js';
import { FitBetter } from '../setup/quick-start/FitBetter.js';
import { durationWords } from '../steps/dose-words.js';
import { stepView } from '../steps/step-view.js';
import { HarmCheck } from './HarmCheck.js';

const endingWords: Record<PointOutcome['endedBy'], string> = {
  completed: 'all holds done',
  relief: 'eased early',
  'too-much': 'stopped: too much',
  skipped: 'skipped',
};

function ratingWords(outcome: PointOutcome): string | null {
  const { rating } = outcome;
  if (rating === undefined) return null;
  const parts = [
    rating.tender ? 'sore' : 'not sore',
    rating.reproduced ? 'brought on your pain' : 'not your usual pain',
    rating.eased ? 'eased' : 'did not ease',
  ];
  return parts.join(', ');
}

export interface SummaryScreenProps {
  readonly state: SessionState;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** The saved log's id, so a session that got worse can ask about harm. */
  readonly sessionId?: string;
}

export function SummaryScreen({ state, headingRef, sessionId }: SummaryScreenProps) {
  const minutes =
    state.startedAt !== null && state.endedAt !== null
      ? durationWords(Math.round((state.endedAt - state.startedAt) / 1000))
      : null;
  return (
    <div className="summary">
      <h1 ref={headingRef} tabIndex={-1}>
        Session done
      </h1>
      <p className="summary__lead">
        {minutes === null ? 'Well done.' : `Well done. The session took ${minutes}.`} It is saved on
        this device.
      </p>
      <dl className="summary__pain">
        <div>
          <dt>Pain before</dt>
          <dd>{state.painBefore === null ? 'not given' : `${state.painBefore} out of 10`}</dd>
        </div>
        <div>
          <dt>Pain after</dt>
          <dd>{state.painAfter === null ? 'not given' : `${state.painAfter} out of 10`}</dd>
        </div>
      </dl>
      {sessionId === undefined ? null : <HarmCheck sessionId={sessionId} />}
      <h2>Points</h2>
      {state.points.length === 0 ? (
        <p>No point was worked this time.</p>
      ) : (
        <ul className="summary__points">
          {state.points.map((outcome, index) => {
            const step = state.plan.steps[outcome.stepIndex];
            const title = step === undefined ? outcome.id : stepView(step, outcome.side).title;
            const side = outcome.side === null ? '' : `, ${outcome.side}`;
            const rated = ratingWords(outcome);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a point may be logged twice (after "back")
              <li key={index}>
                <strong>
                  {title}
                  {side}
                </strong>
                : {endingWords[outcome.endedBy]}
                {rated === null ? '' : `; ${rated}`}.
              </li>
            );
          })}
        </ul>
      )}
      <FitBetter />
      <p className="summary__actions">
        <Link href="/" className="player-button player-button--primary">
          Back to the start
        </Link>
      </p>
    </div>
  );
}
