// Signing out here, or on every device (for a lost phone or a shared computer).
import { useId } from 'react';
import { leaveAccount } from '../auth/account-state.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { accountOutcome, accountProblem } from './account-words.js';

export function SignOutPanel({
  onSignedOut,
}: {
  readonly onSignedOut: (everywhere: boolean) => void;
}) {
  const ids = { title: useId() };
  const action = useAction();

  const leave = (everywhere: boolean) =>
    action.run(() => leaveAccount(everywhere), {
      done: () => {
        onSignedOut(everywhere);
        return null;
      },
      problem: accountProblem,
      staysBusy: true,
    });

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Sign out</h2>
      <p>Lost a phone, or used a shared computer? Sign out on every device at once.</p>
      <ActionOutcome message={action.message} classes={accountOutcome} />
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
