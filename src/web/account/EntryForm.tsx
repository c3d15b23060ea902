// Sign in, or make an account: email and password (and a name at sign-up), with the password
// rules ticked as the person types and the server's refusals in plain words. An account with
// two-step sign-in is asked for its code only when the server says it needs one; a new server's
// first account is asked for the setup code.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type Account,
  Email,
  MAX_DISPLAY_NAME_LENGTH,
  type SignUpOptions,
} from '../../core/contracts/account.js';
import { ApiFailure } from '../api.js';
import { type EntryMode, enterAccount, signUpOptions } from '../auth/account-state.js';
import { accountProblem, accountWords } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { passwordReady } from './password-rules.js';
import { TotpStep } from './TotpStep.js';

export interface EntryFormProps {
  readonly onEntered: (account: Account, mode: EntryMode) => void;
  /** Which form shows first: an invitation offers sign-up first. */
  readonly firstMode?: EntryMode;
  /** The invitation token this sign-up comes with: it admits it while sign-up is by invitation. */
  readonly invitation?: string;
}

export function EntryForm({ onEntered, firstMode = 'sign-in', invitation }: EntryFormProps) {
  const [mode, setMode] = useState<EntryMode>(firstMode);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [askCode, setAskCode] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [setupCode, setSetupCode] = useState('');
  const [options, setOptions] = useState<SignUpOptions | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const ids = {
    email: useId(),
    problem: useId(),
    name: useId(),
    nameHint: useId(),
    code: useId(),
    codeHint: useId(),
  };
  const signingUp = mode === 'sign-up';
  // Ask the server what sign-up needs only when someone wants to sign up.
  useEffect(() => {
    if (!signingUp || options) return;
    signUpOptions()
      .then(setOptions)
      .catch(() => {});
  }, [signingUp, options]);
  const closed = signingUp && options?.signups === 'closed' && !options.setupCodeNeeded;
  const invitedOnly =
    signingUp && options?.signups === 'invite' && !options.setupCodeNeeded && !invitation;

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
    await send({});
  };

  /** Sends the form; answers the problem to show, or null when it went on. */
  const send = async (extras: { totp?: string }): Promise<string | null> => {
    setBusy(true);
    try {
      const name = displayName.trim();
      const account = await enterAccount(
        mode,
        email,
        password,
        signingUp
          ? {
              ...(name === '' ? {} : { displayName: name }),
              ...(setupCode.trim() === '' ? {} : { setupCode }),
              ...(invitation === undefined ? {} : { invitation }),
            }
          : extras,
      );
      onEntered(account, mode);
      return null;
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiFailure && error.code === 'totp_required') {
        setAskCode(true);
        return null;
      }
      const problem = accountProblem(error);
      setProblem(problem);
      return problem;
    }
  };

  const choose = (next: EntryMode) => {
    setMode(next);
    setProblem(null);
  };

  // A new email or password starts over: the code step belongs to the one that was sent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when either changes
  useEffect(() => setAskCode(false), [email, password]);

  if (askCode && !signingUp) {
    return (
      <div className="account-card">
        <TotpStep
          email={email}
          onCode={(totp) => send({ totp })}
          onStartAgain={() => {
            setAskCode(false);
            setPassword('');
          }}
        />
      </div>
    );
  }

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
          <>
            <p className="account-hint">
              The first account made on this server becomes its administrator.
            </p>
            <div className="account-field">
              <label htmlFor={ids.name}>Your name (optional)</label>
              <input
                id={ids.name}
                type="text"
                autoComplete="name"
                maxLength={MAX_DISPLAY_NAME_LENGTH}
                value={displayName}
                onChange={(event) => setDisplayName(event.target.value)}
                aria-describedby={ids.nameHint}
              />
              <p id={ids.nameHint} className="account-hint">
                Seen by this server's administrator, and by a therapist only if you choose to share
                with one. You can change it later.
              </p>
            </div>
          </>
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
