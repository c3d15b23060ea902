// /session: the guided session over the plan on this device, behind the safety gate. Without
// a plan it says so and leads to the plan page.
import { useState } from 'react';
import { planRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';
import { RequireCurrentSafetyScreen, SomethingChangedButton } from '../safety/index.js';
import { Player } from './Player.js';
import './session.css';

function PlanOrPlayer() {
  const live = useDeviceRecord(planRecord);
  // The plan this visit plays: a harm report clears the kept plan, and the summary stays.
  const [playing] = useState(live);
  const plan = playing ?? live;
  if (plan === null || plan.response.steps.length === 0) {
    return (
      <div className="no-plan">
        <h1>No plan yet</h1>
        <p>
          A session follows your own plan. Mark where it hurts and answer a few questions, and
          Unknot builds one for you.
        </p>
        <p>
          <Link href="/plan" className="player-button player-button--primary">
            Make my plan
          </Link>
        </p>
      </div>
    );
  }
  return (
    <Player
      plan={{ steps: plan.response.steps }}
      planId={plan.id}
      estimatedMinutes={plan.response.estimatedMinutes}
    />
  );
}

export function SessionPage() {
  return (
    <section className="page session-page theme-dark-session">
      <RequireCurrentSafetyScreen>
        <PlanOrPlayer />
        <SomethingChangedButton className="session-page__changed" />
      </RequireCurrentSafetyScreen>
    </section>
  );
}
