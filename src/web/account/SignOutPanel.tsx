// Signing out here, or on every device (for a lost phone or a shared computer).
import { useId, useState } from 'react';
import { leaveAccount } from './account-state.js';
import { accountProblem } from './account-words.js';
import { clearDeviceCopy } from './device-copy.js';

export function SignOutPanel({
  onSignedOut,
}: {
  readonly onSignedOut: (everywhere: boolean) => void;
}) {
  const ids = { title: useId() };
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const leave = async (everywhere: boolean, clearDevice = false) => {
    if (busy) return;
    setBusy(true);
    try {
      await leaveAccount(everywhere);
      // A shared or borrowed device: take the health records off it as well.
      if (clearDevice) clearDeviceCopy();
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
      <p>
        On a shared computer, also clear this device: it removes your pain maps, plans and sessions
        kept in this browser.
      </p>
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
        <button type="button" onClick={() => leave(false, true)}>
          Sign out and clear this device
        </button>
      </div>
    </section>
  );
}
