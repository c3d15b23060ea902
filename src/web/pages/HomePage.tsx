// The first screen: what Unknot is, that it is not a diagnosis, and one main action. A person
// with a plan on this device starts today's session in one tap; everyone reaches the
// bad-night mode and Learn from here. A therapist is sent on to "Your clients".
import { useEffect } from 'react';
import { AssignedPlanHome } from '../assigned/AssignedPlanHome.js';
import { useAccount } from '../auth/account-state.js';
import { planRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link, navigate } from '../router.js';
import { therapistHomePath } from '../therapist/therapist-paths.js';

export function HomePage() {
  const plan = useDeviceRecord(planRecord);
  const hasPlan = plan !== null && plan.response.steps.length > 0;
  const therapist = useAccount()?.role === 'therapist';
  // A therapist's start is "Your clients".
  useEffect(() => {
    if (therapist) navigate(therapistHomePath, { replace: true });
  }, [therapist]);
  return (
    <section className="page home" aria-labelledby="home-title">
      <h1 id="home-title">Unknot</h1>
      <p className="lead">
        Unknot walks you through gentle self-treatment of the muscle knots behind low and mid back
        pain, step by step, and shows you over the weeks what helps you.
      </p>
      <aside className="note" aria-label="Before you start">
        <p>
          <strong>This is self-care guidance, not a diagnosis.</strong> A short safety check comes
          before any routine. If you have new numbness between your legs, trouble passing urine, or
          weakness in your legs, get medical help now.
        </p>
      </aside>
      <AssignedPlanHome />
      <nav className="home-actions" aria-label="What would you like to do?">
        {hasPlan ? (
          <>
            <Link href="/session" className="button primary big">
              Start today's session
            </Link>
            <Link href="/plan" className="button">
              See your plan
            </Link>
            <Link href="/map" className="button">
              Update where it hurts
            </Link>
          </>
        ) : (
          <Link href="/map" className="button primary big">
            Start: show where it hurts
          </Link>
        )}
        <Link href="/night" className="button">
          Bad night? Positions that help
        </Link>
        <Link href="/learn" className="button">
          Learn how it works
        </Link>
        <Link href="/progress" className="button">
          Your progress
        </Link>
        <Link href="/account" className="button">
          Your account
        </Link>
      </nav>
    </section>
  );
}
