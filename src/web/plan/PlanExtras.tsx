// The parts of the plan around its steps: how the safety answers changed it, what was left
// out and why, the tips from "what loads your back", and what to do when self-care must wait
// or when no step fits.
import type { PlanResponse } from '../../core/contracts/plan.js';
import { learnPaths } from '../learn/learn-paths.js';
import { nightPath, preferencesPath } from '../paths.js';
import { Link } from '../router.js';
import { recheckRedFlags, safetyResultPath } from '../safety/index.js';
import { droppedWords, plural } from './plan-words.js';

function changedCount(stepsChanged: number, leftOut: number): string | null {
  const parts = [
    stepsChanged > 0 ? `${plural(stepsChanged, 'step', 'steps')} changed` : null,
    leftOut > 0 ? `${leftOut} left out` : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : `In this plan: ${parts.join(', ')}.`;
}

export function PrecautionsApplied({ plan }: { readonly plan: PlanResponse }) {
  if (plan.precautionsApplied.length === 0) return null;
  return (
    <section className="plan-part plan-part--safety" aria-labelledby="plan-safety">
      <h2 id="plan-safety">How your answers change this plan</h2>
      <ul className="plan-list">
        {plan.precautionsApplied.map((precaution) => {
          const count = changedCount(precaution.stepsChanged, precaution.leftOut);
          return (
            <li key={precaution.id}>
              {precaution.change}
              {count === null ? null : <span className="plan-list__count"> {count}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function LeftOut({ plan }: { readonly plan: PlanResponse }) {
  const words = droppedWords(plan.dropped);
  if (words.forTime.length === 0 && words.otherwise.length === 0) return null;
  return (
    <section className="plan-part" aria-labelledby="plan-left-out">
      <h2 id="plan-left-out">Left out today</h2>
      {words.forTime.length === 0 ? null : (
        <p>
          Left out to fit your {plan.minutes} minutes: {words.forTime.join(', ')}. With more time,
          they fit in.
        </p>
      )}
      {words.otherwise.length === 0 ? null : (
        <ul className="plan-list">
          {words.otherwise.map((item) => (
            <li key={`${item.name}-${item.reason}`}>
              <strong>{item.name}:</strong> {item.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Tips({
  plan,
  safetyAskedAgain,
}: {
  readonly plan: PlanResponse;
  /** True when the safety questions were answered after the fall or knock was reported. */
  readonly safetyAskedAgain: boolean;
}) {
  if (plan.tips.length === 0) return null;
  return (
    <section className="plan-part" aria-labelledby="plan-tips">
      <h2 id="plan-tips">What loads your back: tips for you</h2>
      {plan.tips.map((tip) => (
        <div key={tip.group} className="plan-tip">
          <p className="plan-tip__because">{tip.because}</p>
          <ul className="plan-list">
            {tip.advice.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {tip.action === 'redo-safety-screen' && !safetyAskedAgain ? (
            <button type="button" onClick={() => recheckRedFlags()}>
              Answer the warning-sign questions
            </button>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/** When the screen says to see someone first: no steps, the reasons, and what to do. */
export function SelfCareWaits({ plan }: { readonly plan: PlanResponse }) {
  return (
    <div className="plan-waits">
      <h1>No routine for now</h1>
      <p className="lead">{plan.nextStep.message}</p>
      <ul className="plan-list">
        {plan.reasons.map((reason) => (
          <li key={reason.question}>{reason.message}</li>
        ))}
      </ul>
      <p>
        <Link href={safetyResultPath} className="button primary">
          See your safety result
        </Link>
      </p>
    </div>
  );
}

/**
 * Self-care is allowed but no step fits (a map only on the front of the trunk, areas still to
 * mark, nothing left with these tools): the plan's own reason, and the way on, never an empty list.
 */
export function NoSteps({ plan }: { readonly plan: PlanResponse }) {
  const because = plan.markAreas !== null ? 'mark-areas' : plan.noSteps?.because;
  const way =
    because === 'mark-areas'
      ? { href: preferencesPath, text: 'Mark the areas to keep clear' }
      : because === 'front-of-trunk'
        ? { href: '/map', text: 'Check where it hurts' }
        : { href: preferencesPath, text: 'Change tools, place or time' };
  return (
    <div className="plan-waits">
      <h1>No steps for now</h1>
      <p className="lead">
        {plan.noSteps?.message ?? plan.markAreas?.message ?? 'No step fits what you told us.'}
      </p>
      <p>
        <Link href={way.href} className="button primary">
          {way.text}
        </Link>
      </p>
      <section className="plan-part" aria-labelledby="no-steps-help">
        <h2 id="no-steps-help">What can help now</h2>
        <ul>
          <li>
            <Link href={nightPath}>Rest positions</Link> that take load off the low back, from the
            bad-night mode.
          </li>
          <li>
            <Link href={`${learnPaths.techniques}#releases`}>Gentle movements</Link> that ease tight
            muscles without pressing on a point.
          </li>
          <li>
            Seeing a doctor or physio, who can look at pain that is not in the back or that does not
            settle.
          </li>
        </ul>
      </section>
    </div>
  );
}
