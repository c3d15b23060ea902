// /session/assigned/:planId: today's session over a plan a therapist gave, in the same
// hands-free player as the person's own plan, behind the same safety gate. A plan on hold
// does not play: it says why.
import { RequestOutcome } from '../requests/Outcome.js';
import { Link } from '../router.js';
import { RequireCurrentSafetyScreen, SomethingChangedButton } from '../safety/index.js';
import { Player } from '../session/Player.js';
import { assignedPlanHref } from './AssignedPlanHome.js';
import { useMyAssignedPlans } from './use-my-assigned-plans.js';
import '../session/session.css';
import './assigned.css';

function AssignedPlayer({ planId }: { readonly planId: string }) {
  const state = useMyAssignedPlans();
  if (state === null) {
    return (
      <div className="no-plan">
        <h1>Sign in first</h1>
        <p>A plan from your therapist is kept in your account.</p>
        <p>
          <Link href="/account" className="player-button player-button--primary">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  if (state.status !== 'ready') {
    return (
      <>
        <h1>Your plan from your therapist</h1>
        <RequestOutcome
          state={state}
          loadingWords="Loading your plan…"
          className="assigned-loading"
        />
      </>
    );
  }
  const plan = state.value.find((entry) => entry.id === planId);
  if (plan === undefined || plan.steps.length === 0) {
    return (
      <div className="no-plan">
        <h1>This plan is not available</h1>
        <p>Your therapist may have ended it.</p>
        <p>
          <Link href="/" className="player-button player-button--primary">
            Back to the start
          </Link>
        </p>
      </div>
    );
  }
  if (plan.onHold) {
    return (
      <div className="no-plan">
        <h1>This plan is on hold</h1>
        <p>{plan.onHold.message}</p>
        <p>
          <Link href={assignedPlanHref(plan.id)} className="player-button">
            See the plan
          </Link>
        </p>
      </div>
    );
  }
  return (
    <Player
      plan={{ steps: plan.steps }}
      planId={plan.id}
      estimatedMinutes={plan.estimatedMinutes}
    />
  );
}

export function AssignedSessionPage({ planId }: { readonly planId: string }) {
  return (
    <section className="page session-page theme-dark-session">
      <RequireCurrentSafetyScreen>
        <AssignedPlayer planId={planId} />
        <SomethingChangedButton className="session-page__changed" />
      </RequireCurrentSafetyScreen>
    </section>
  );
}
