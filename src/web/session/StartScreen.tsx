// Before the session: what is coming, pain now from 0 to 10 (the score from a safety check a few
// minutes ago stands in, and can be changed), and one big start button once there is a score;
// starting without one is possible but quiet. The tap also turns on sound, which browsers allow
// only after a tap.
import { type RefObject, useState } from 'react';
import type { PainScore, SessionPlan } from '../../core/contracts/session-log.js';
import { durationWords } from '../steps/dose-words.js';
import { PainPicker } from './PainPicker.js';

export interface StartScreenProps {
  readonly plan: SessionPlan;
  readonly estimatedMinutes: number | null;
  readonly onStart: (painBefore: PainScore | null) => void;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** Pain now as given in the safety check minutes ago, or null. */
  readonly givenPain?: PainScore | null;
}

export function StartScreen({
  plan,
  estimatedMinutes,
  onStart,
  headingRef,
  givenPain = null,
}: StartScreenProps) {
  const [pain, setPain] = useState<PainScore | null>(givenPain);
  const steps = plan.steps.length;
  return (
    <div className="start">
      <h1 ref={headingRef} tabIndex={-1}>
        Today's session
      </h1>
      <p className="start__lead">
        {steps === 1 ? '1 step' : `${steps} steps`}
        {estimatedMinutes === null || estimatedMinutes <= 0
          ? '.'
          : `, about ${durationWords(estimatedMinutes * 60)}.`}{' '}
        A voice and beeps lead you through each point, so you do not need to look at the screen.
      </p>
      {givenPain !== null && pain === givenPain ? (
        <p className="start__given">
          You gave your pain as {givenPain} out of 10 in the safety check. Change it if it is
          different now.
        </p>
      ) : null}
      <PainPicker question="How bad is your pain right now?" value={pain} onChange={setPain} />
      {pain === null ? (
        <button type="button" className="start__skip" onClick={() => onStart(null)}>
          Start without a pain score
        </button>
      ) : (
        <button
          type="button"
          className="player-button player-button--primary start__go"
          onClick={() => onStart(pain)}
        >
          Start the session
        </button>
      )}
      <ul className="start__tips">
        <li>Firm pressure is fine. Sharp pain is not: say or tap "Too much".</li>
        <li>Tap "That helped" when a spot lets go, and the session moves on.</li>
        <li>Keys: Space pauses, the right arrow skips, the left arrow goes back, Escape stops.</li>
      </ul>
    </div>
  );
}
