// Changing the password: the current one, then a new one that meets the rules. The server
// signs out every other device, since someone else may have known the old password.
import { type FormEvent, useId, useState } from 'react';
import type { Account } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import { callApi } from '../api.js';
import { accountProblem, accountWords } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { passwordReady } from './password-rules.js';

export function PasswordPanel({ account }: { readonly account: Account }) {
  const ids = { title: useId() };
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const change = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (current === '') {
      setMessage({ text: accountWords.emptyPassword, problem: true });
      return;
    }
    if (!passwordReady(next, account.email)) {
      setMessage({ text: 'Your new password does not meet the rules yet.', problem: true });
      return;
    }
    setBusy(true);
    try {
      await callApi(endpoints.changePassword, {
        body: { currentPassword: current, newPassword: next },
      });
      setCurrent('');
      setNext('');
      setMessage({
        text: 'Your password is changed. Any other device is now signed out.',
        problem: false,
      });
    } catch (error) {
      setMessage({ text: accountProblem(error), problem: true });
    }
    setBusy(false);
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
          {message ? (
            <p
              className={message.problem ? 'account-problem' : 'account-done'}
              role={message.problem ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          ) : null}
          <button type="submit" className="primary">
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </form>
      </details>
    </section>
  );
}
