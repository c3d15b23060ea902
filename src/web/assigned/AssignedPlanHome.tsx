// The home screen's "Your plan from <therapist>" block: the therapist's note (as text), the
// plan's size, and the way to start it, or, while the latest safety check stops self-care,
// that it is on hold and why. The person's own plan stays where it was.
import { useId } from 'react';
import { assignedPlanPath, assignedSessionPath } from '../paths.js';
import { Link } from '../router.js';
import { AssignedNote, OnHoldNotice } from './AssignedParts.js';
import { assignedSizeWords, fromWords } from './assigned-words.js';
import { type MyAssignedPlan, useMyAssignedPlans } from './use-my-assigned-plans.js';
import './assigned.css';

export const assignedPlanHref = (id: string): string =>
  assignedPlanPath.replace(':planId', encodeURIComponent(id));
export const assignedSessionHref = (id: string): string =>
  assignedSessionPath.replace(':planId', encodeURIComponent(id));

function Block({ plan }: { readonly plan: MyAssignedPlan }) {
  const title = useId();
  return (
    <section className="assigned-home" aria-labelledby={title}>
      <h2 id={title}>{fromWords(plan)}</h2>
      <p className="assigned-home__size">{assignedSizeWords(plan)}.</p>
      <AssignedNote plan={plan} />
      {plan.onHold ? (
        <OnHoldNotice onHold={plan.onHold} />
      ) : (
        <p className="assigned-home__actions">
          <Link href={assignedSessionHref(plan.id)} className="button primary">
            Start this plan
          </Link>
          <Link href={assignedPlanHref(plan.id)} className="button">
            See this plan
          </Link>
        </p>
      )}
    </section>
  );
}

export function AssignedPlanHome() {
  const state = useMyAssignedPlans();
  if (state === null || state.status !== 'ready') return null;
  return (
    <>
      {state.value.map((plan) => (
        <Block key={plan.id} plan={plan} />
      ))}
    </>
  );
}
