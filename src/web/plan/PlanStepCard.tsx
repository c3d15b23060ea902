// One step of the plan as a card: its number, title, kind and side, the drawings of the
// position and the point, the tool, the dose, the technique's own safety lines, why it is
// there, and any change for safety.
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { PlanStep } from '../../core/contracts/plan.js';
import { SafetyLines } from '../session/SafetyLines.js';
import { stepView } from '../steps/step-view.js';
import { planDoseWords, stepKindWords, stepSideWords, toolWords } from './plan-words.js';
import { stepChangeWords } from './precaution-labels.js';
import { StepFigures } from './StepFigures.js';

export interface PlanStepCardProps {
  readonly step: PlanStep;
  readonly number: number;
  /** h3 on the plan page; the print view passes h2. */
  readonly headingLevel?: 'h2' | 'h3';
  readonly className?: string;
  /** A therapist's note for this step, shown as text under the step, with who wrote it. */
  readonly note?: { readonly text: string; readonly by: string } | undefined;
  /** How to find the point by touch, from the content (the handout prints it). */
  readonly showLocation?: boolean;
}

export function PlanStepCard({
  step,
  number,
  headingLevel = 'h3',
  className,
  note,
  showLocation = false,
}: PlanStepCardProps) {
  // One side's point for a one-sided step; both sides drawn when the step works both.
  const view = stepView(step, step.side === 'both' ? null : step.side);
  const side = stepSideWords(step.side);
  const change = stepChangeWords(step.precautions.map((precaution) => precaution.id));
  const Heading = headingLevel;
  const location =
    step.triggerPoint === null ? undefined : findTriggerPoint(step.triggerPoint)?.location;
  const titleId = `plan-step-${number}`;
  return (
    <article
      className={['plan-step', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <header className="plan-step__head">
        <span className="plan-step__number" aria-hidden="true">
          {number}
        </span>
        <div>
          <Heading id={titleId} className="plan-step__title">
            <span className="plan-step__hidden">Step {number}: </span>
            {view.title}
          </Heading>
          <p className="plan-step__kind">
            {stepKindWords(step)}
            {side === null ? null : ` · ${side}`}
          </p>
        </div>
      </header>
      <div className="plan-step__body">
        <StepFigures step={step} view={view} />
        <dl className="plan-step__facts">
          <div>
            <dt>Position</dt>
            <dd>{view.positionText}</dd>
          </div>
          {view.point === null ? null : (
            <div>
              <dt>Point</dt>
              <dd>{view.point.name}</dd>
            </div>
          )}
          <div>
            <dt>Tool</dt>
            <dd>{toolWords(step)}</dd>
          </div>
          <div>
            <dt>Dose</dt>
            <dd className="plan-step__dose">{planDoseWords(step)}</dd>
          </div>
        </dl>
      </div>
      {showLocation && location !== undefined ? (
        <p className="plan-step__where">
          <strong>How to find it: </strong>
          {location}
        </p>
      ) : null}
      <SafetyLines lines={view.safety} className="plan-step__safety" />
      <p className="plan-step__why">
        <strong>Why this step: </strong>
        {step.why}
      </p>
      {change === null ? null : <p className="plan-step__change">{change}</p>}
      {note === undefined || note.text === '' ? null : (
        <p className="plan-step__note">
          <strong>Note from {note.by}: </strong>
          {note.text}
        </p>
      )}
    </article>
  );
}
