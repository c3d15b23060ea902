// /plan/assigned/:planId: a plan a therapist gave, as the client reads it (the handout's QR
// code opens this page): who gave it, their note, every step with its note, and Start. While
// the latest safety check stops self-care it is on hold and says why. Needs the client's sign-in.
import { useId } from 'react';
import { accountPath, homePath } from '../paths.js';
import { PlanStepCard } from '../plan/PlanStepCard.js';
import { RequestOutcome } from '../requests/Outcome.js';
import { Link } from '../router.js';
import { AssignedNote, OnHoldNotice } from './AssignedParts.js';
import { assignedSessionHref } from './AssignedPlanHome.js';
import { assignedSizeWords, fromWords } from './assigned-words.js';
import { type MyAssignedPlan, useMyAssignedPlans } from './use-my-assigned-plans.js';
import '../plan/plan.css';
import './assigned.css';

function AssignedPlan({ plan }: { readonly plan: MyAssignedPlan }) {
  const steps = useId();
  const by = plan.therapist.displayName;
  return (
    <>
      <h1>{fromWords(plan)}</h1>
      <p className="lead">{assignedSizeWords(plan)}.</p>
      <AssignedNote plan={plan} label={`Note from ${by}`} />
      {plan.onHold ? (
        <OnHoldNotice onHold={plan.onHold} />
      ) : (
        <p className="plan__actions">
          <Link href={assignedSessionHref(plan.id)} className="button primary plan-main">
            Start this plan
          </Link>
        </p>
      )}
      <section aria-labelledby={steps} className="plan-part">
        <h2 id={steps}>The steps, in order</h2>
        <ol className="plan-steps">
          {plan.steps.map((step, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list; a therapist may give the same step twice, so only the place is unique
            <li key={`${index}-${step.id}`}>
              <PlanStepCard step={step} number={index + 1} note={{ text: step.note, by }} />
            </li>
          ))}
        </ol>
      </section>
      <aside className="note plan__note" aria-label="Before you start">
        <p>
          This is self-care guidance, not a diagnosis. Press only as hard as feels strong but
          bearable, and stop if a spot hurts more or you feel numb or tingly.
        </p>
      </aside>
    </>
  );
}

export function AssignedPlanPage({ planId }: { readonly planId: string }) {
  const state = useMyAssignedPlans();
  const plan = state?.status === 'ready' ? state.value.find((p) => p.id === planId) : undefined;
  return (
    <section className="page plan-page">
      {state === null ? (
        <>
          <h1>A plan from your therapist</h1>
          <p>Sign in to see the plan your therapist gave you.</p>
          <p>
            <Link href={accountPath} className="button primary">
              Sign in
            </Link>
          </p>
        </>
      ) : state.status !== 'ready' ? (
        <>
          <h1>A plan from your therapist</h1>
          <RequestOutcome
            state={state}
            loadingWords="Loading your plan…"
            className="assigned-loading"
          />
        </>
      ) : plan === undefined ? (
        <>
          <h1>This plan is not available</h1>
          <p>Your therapist may have ended it, or it was given to another account.</p>
        </>
      ) : (
        <AssignedPlan plan={plan} />
      )}
      <p>
        <Link href={homePath}>Back to the start</Link>
      </p>
    </section>
  );
}
