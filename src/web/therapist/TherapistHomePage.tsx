// /therapist, "Your clients": where a therapist lands after signing in. Each linked client
// with what needs attention, and invitations for new ones. Nothing is shown before two-step
// sign-in is on; an account that is not a therapist's is told so plainly.

import { useCallback, useEffect, useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { ClientList as ClientListAnswer } from '../../core/contracts/therapists.js';
import { accountProblem } from '../account/account-words.js';
import { ApiFailure, callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { Link } from '../router.js';
import { ClientList } from './ClientList.js';
import { InvitePanel } from './InvitePanel.js';
import { TwoFactorFirst } from './TwoFactorFirst.js';
import './therapist.css';

export function TherapistHomePage() {
  const account = useAccount();
  const ids = { title: useId(), clients: useId() };
  const [clients, setClients] = useState<ClientListAnswer['items'] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [needsTwoFactor, setNeedsTwoFactor] = useState(false);
  const ready = account?.role === 'therapist' && account.twoFactor;

  const refused = useCallback((error: unknown): boolean => {
    if (error instanceof ApiFailure && error.code === 'two_factor_required') {
      setNeedsTwoFactor(true);
      return true;
    }
    return false;
  }, []);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    callApi(endpoints.clients).then(
      (answer) => {
        if (current) setClients(answer.items);
      },
      (error) => {
        if (current && !refused(error)) setProblem(accountProblem(error));
      },
    );
    return () => {
      current = false;
    };
  }, [ready, refused]);

  const frame = (body: React.ReactNode) => (
    <section className="page therapist-page" aria-labelledby={ids.title}>
      <h1 id={ids.title}>Your clients</h1>
      {body}
      <p className="account-back">
        <Link href="/account">Your account</Link>
      </p>
    </section>
  );

  if (account === null) {
    return frame(
      <p>
        <Link href="/account">Sign in</Link> to see your clients.
      </p>,
    );
  }
  if (account.role !== 'therapist') {
    return frame(
      <p>
        This page is for therapists. The administrator of this Unknot server can make an account a
        therapist's account.
      </p>,
    );
  }
  if (!account.twoFactor || needsTwoFactor) return frame(<TwoFactorFirst />);

  return frame(
    <>
      <p className="lead">
        What your clients chose to share with you, read-only. Each can end sharing at any time.
      </p>
      {problem ? (
        <p className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <section className="therapist-clients" aria-labelledby={ids.clients}>
        <h2 id={ids.clients}>Clients</h2>
        {clients === null ? (
          problem ? null : (
            <p role="status">Loading your clients…</p>
          )
        ) : (
          <ClientList clients={clients} />
        )}
      </section>
      <InvitePanel therapistName={account.displayName || account.email} onRefused={refused} />
    </>,
  );
}
