// Sign in, or make an account: email and password, with the password rules ticked as the
// person types (before anything is sent) and the server's refusals in plain words.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type Account, Email, type SignUpOptions } from '../../core/contracts/account.js';
import { type EntryMode, enterAccount, signUpOptions } from './account-state.js';
import { accountProblem, accountWords } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { passwordReady } from './password-rules.js';

export interface EntryFormProps {
  readonly onEntered: (account: Account, mode: EntryMode) => void;
}

export function EntryForm({ onEntered }: EntryFormProps) {
  const [mode, setMode] = useState<EntryMode>('sign-in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [setupCode, setSetupCode] = useState('');
  const [options, setOptions] = useState<SignUpOptions | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), problem: useId(), code: useId(), codeHint: useId() };
  const signingUp = mode === 'sign-up';
  // Ask the server what sign-up needs only when someone wants to sign up.
  useEffect(() => {
    if (!signingUp || options) return;
    signUpOptions()
      .then(setOptions)
      .catch(() => {});
  }, [signingUp, options]);
  const closed = signingUp && options?.signups === 'closed' && !options.setupCodeNeeded;
  const invitedOnly = signingUp && options?.signups === 'invite' && !options.setupCodeNeeded;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!Email.safeParse(email).success) {
      setProblem(accountWords.badEmail);
      emailInput.current?.focus();
      return;
    }
    if (signingUp ? !passwordReady(password, email) : password === '') {
      setProblem(
        signingUp ? 'Your password does not meet the rules below yet.' : accountWords.emptyPassword,
      );
      passwordInput.current?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const account = await enterAccount(mode, email, password, setupCode);
      onEntered(account, mode);
    } catch (error) {
      setProblem(accountProblem(error));
      setBusy(false);
    }
  };

  const choose = (next: EntryMode) => {
    setMode(next);
    setProblem(null);
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
        {closed ? (
          <p className="account-hint" role="status">
            This server does not take new accounts. Ask its administrator to make one for you.
          </p>
        ) : invitedOnly ? (
          <p className="account-hint" role="status">
            New accounts on this server need an invitation. Ask your therapist or the administrator.
          </p>
        ) : signingUp ? (
          <p className="account-hint">
            The first account made on this server becomes its administrator.
          </p>
        ) : null}
        {signingUp && options?.setupCodeNeeded ? (
          <div className="account-field">
            <label htmlFor={ids.code}>Setup code</label>
            <input
              id={ids.code}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={setupCode}
              onChange={(event) => setSetupCode(event.target.value)}
              aria-describedby={ids.codeHint}
            />
            <p id={ids.codeHint} className="account-hint">
              This server is new. Its owner finds the setup code in the server’s log.
            </p>
          </div>
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
            aria-describedby={problem ? ids.problem : undefined}
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
        {problem ? (
          <p id={ids.problem} className="account-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="primary big account-submit">
          {busy ? 'Please wait…' : signingUp ? 'Make my account' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
