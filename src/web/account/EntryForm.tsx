// Sign in, or make an account: email and password, with the password rules ticked as the
// person types (before anything is sent) and the server's refusals in plain words.
import { type FormEvent, useId, useRef, useState } from 'react';
import { type Account, Email } from '../../core/contracts/account.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { type EntryMode, enterAccount } from './account-state.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { passwordReady } from './password-rules.js';

export interface EntryFormProps {
  readonly onEntered: (account: Account, mode: EntryMode) => void;
}

export function EntryForm({ onEntered }: EntryFormProps) {
  const [mode, setMode] = useState<EntryMode>('sign-in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), problem: useId() };
  const signingUp = mode === 'sign-up';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    if (!Email.safeParse(email).success) {
      action.say(accountWords.badEmail);
      emailInput.current?.focus();
      return;
    }
    if (signingUp ? !passwordReady(password, email) : password === '') {
      action.say(
        signingUp ? 'Your password does not meet the rules below yet.' : accountWords.emptyPassword,
      );
      passwordInput.current?.focus();
      return;
    }
    action.say(null);
    await action.run(() => enterAccount(mode, email, password), {
      done: (account) => {
        onEntered(account, mode);
        return null;
      },
      problem: accountProblem,
      staysBusy: true,
    });
  };

  const choose = (next: EntryMode) => {
    setMode(next);
    action.say(null);
  };

  return (
    <div className="account-card">
      <fieldset className="account-modes">
        <legend className="sr-text">Sign in or make an account</legend>
        <button
          type="button"
          aria-pressed={!signingUp}
          className={signingUp ? '' : 'primary'}
          onClick={() => choose('sign-in')}
        >
          Sign in
        </button>
        <button
          type="button"
          aria-pressed={signingUp}
          className={signingUp ? 'primary' : ''}
          onClick={() => choose('sign-up')}
        >
          Make an account
        </button>
      </fieldset>
      <form className="account-form" noValidate onSubmit={submit}>
        <h2 className="account-form__title">{signingUp ? 'Make an account' : 'Sign in'}</h2>
        {signingUp ? (
          <p className="account-hint">
            The first account made on this server becomes its administrator.
          </p>
        ) : null}
        <div className="account-field">
          <label htmlFor={ids.email}>Email</label>
          <input
            ref={emailInput}
            id={ids.email}
            type="email"
            inputMode="email"
            autoComplete={signingUp ? 'email' : 'username'}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-describedby={action.message ? ids.problem : undefined}
          />
        </div>
        <PasswordField
          inputRef={passwordInput}
          label="Password"
          value={password}
          onChange={setPassword}
          autoComplete={signingUp ? 'new-password' : 'current-password'}
          rulesFor={signingUp ? email : null}
        />
        <ActionOutcome message={action.message} id={ids.problem} classes={accountOutcome} />
        <button type="submit" className="primary big account-submit">
          {action.busy ? 'Please wait…' : signingUp ? 'Make my account' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
