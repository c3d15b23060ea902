// Deleting the account and everything it keeps on the server, after the person types their
// password again. The device then forgets the account; its own copy stays until cleared.
import { type FormEvent, useId, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { forgetAccount } from '../auth/account-state.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { forgetUploads } from '../sync/upload.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { PasswordField } from './PasswordField.js';

export function DeletePanel({ onDeleted }: { readonly onDeleted: () => void }) {
  const ids = { title: useId() };
  const [password, setPassword] = useState('');
  const action = useAction();

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    if (password === '') return action.say(accountWords.emptyPassword);
    await action.run(() => callApi(endpoints.deleteAccount, { body: { password } }), {
      done: () => {
        forgetUploads();
        forgetAccount();
        onDeleted();
        return null;
      },
      problem: accountProblem,
      staysBusy: true,
    });
  };

  return (
    <section className="account-card account-card--danger" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Delete your account</h2>
      <p>
        This deletes your account and all it keeps on this server: sessions, pain maps, safety
        checks, plans, check-ins and reminders. It cannot be undone. Download your data first if you
        want a copy.
      </p>
      <details className="account-details">
        <summary>I want to delete my account</summary>
        <form className="account-form" noValidate onSubmit={remove}>
          <PasswordField
            label="Type your password to confirm"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            rulesFor={null}
          />
          <ActionOutcome message={action.message} classes={accountOutcome} />
          <button type="submit" className="danger">
            {action.busy ? 'Deleting…' : 'Delete my account and all its data'}
          </button>
        </form>
      </details>
    </section>
  );
}
