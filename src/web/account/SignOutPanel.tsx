// Signing out here, or on every device (for a lost phone or a shared computer).
import { useId, useState } from 'react';
import { leaveAccount } from '../auth/account-state.js';
import { accountProblem } from './account-words.js';

export function SignOutPanel({
  onSignedOut,
}: {
  readonly onSignedOut: (everywhere: boolean) => void;
}) {
  const ids = { title: useId() };
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const leave = async (everywhere: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      await leaveAccount(everywhere);
      onSignedOut(everywhere);
    } catch (error) {
      setProblem(accountProblem(error));
      setBusy(false);
    }
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Sign out</h2>
      <p>Lost a phone, or used a shared computer? Sign out on every device at once.</p>
      {problem ? (
        <p className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="account-actions">
        <button type="button" onClick={() => leave(false)}>
          Sign out
        </button>
        <button type="button" onClick={() => leave(true)}>
          Sign out on every device
        </button>
      </div>
    </section>
  );
}
