// Changing the password: the current one, then a new one that meets the rules. The server
// signs out every other device, since someone else may have known the old password.
import { type FormEvent, useId, useState } from 'react';
import type { Account } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { passwordReady } from './password-rules.js';

export function PasswordPanel({ account }: { readonly account: Account }) {
  const ids = { title: useId() };
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const action = useAction();

  const change = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    if (current === '') return action.say(accountWords.emptyPassword);
    if (!passwordReady(next, account.email)) {
      return action.say('Your new password does not meet the rules yet.');
    }
    await action.run(
      () =>
        callApi(endpoints.changePassword, {
          body: { currentPassword: current, newPassword: next },
        }),
      {
        done: () => {
          setCurrent('');
          setNext('');
          return 'Your password is changed. Any other device is now signed out.';
        },
        problem: accountProblem,
      },
    );
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Password</h2>
      <details className="account-details">
        <summary>Change your password</summary>
        <form className="account-form" noValidate onSubmit={change}>
          <PasswordField
            label="Your password now"
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            rulesFor={null}
          />
          <PasswordField
            label="New password"
            value={next}
            onChange={setNext}
            autoComplete="new-password"
            rulesFor={account.email}
          />
          <ActionOutcome message={action.message} classes={accountOutcome} />
          <button type="submit" className="primary">
            {action.busy ? 'Changing…' : 'Change password'}
          </button>
        </form>
      </details>
    </section>
  );
}
