// Signing out here, or on every device (for a lost phone or a shared computer).
import { useId } from 'react';
import { leaveAccount } from '../auth/account-state.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { accountOutcome, accountProblem } from './account-words.js';
import { clearDeviceCopy } from './device-copy.js';

export function SignOutPanel({
  onSignedOut,
}: {
  readonly onSignedOut: (everywhere: boolean) => void;
}) {
  const ids = { title: useId() };
  const action = useAction();

  const leave = (everywhere: boolean, clearDevice = false) =>
    action.run(
      async () => {
        await leaveAccount(everywhere);
        // A shared or borrowed device: take the health records off it as well.
        if (clearDevice) clearDeviceCopy();
      },
      {
        done: () => {
          onSignedOut(everywhere);
          return null;
        },
        problem: accountProblem,
        staysBusy: true,
      },
    );

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Sign out</h2>
      <p>Lost a phone, or used a shared computer? Sign out on every device at once.</p>
      <p>
        On a shared computer, also clear this device: it removes your pain maps, plans and sessions
        kept in this browser.
      </p>
      <ActionOutcome message={action.message} classes={accountOutcome} />
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
