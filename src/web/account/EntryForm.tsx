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
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { useRequest } from '../requests/use-request.js';
import { accountOutcome, accountProblem, accountWords } from './account-words.js';
import { entryWords } from './entry-words.js';
import { PasswordField } from './PasswordField.js';
import { passwordReady } from './password-rules.js';
import { TextField } from './TextField.js';
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
  const [setupCode, setSetupCode] = useState('');
  // Ask the server what sign-up needs only once someone wants to sign up, and then keep it.
  const [optionsWanted, setOptionsWanted] = useState(firstMode === 'sign-up');
  const asked = useRequest<SignUpOptions>(
    optionsWanted ? 'sign-up-options' : null,
    signUpOptions,
    accountWords.unknown,
  );
  const options = asked.status === 'ready' ? asked.value : null;
  const action = useAction();
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const problemId = useId();
  const problemShown = action.message?.problem === true;
  const signingUp = mode === 'sign-up';
  const closed = signingUp && options?.signups === 'closed' && !options.setupCodeNeeded;
  const invitedOnly =
    signingUp && options?.signups === 'invite' && !options.setupCodeNeeded && !invitation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    if (!Email.safeParse(email).success) {
      action.say(accountWords.badEmail);
      emailInput.current?.focus();
      return;
    }
    if (signingUp ? !passwordReady(password, email) : password === '') {
      action.say(signingUp ? entryWords.passwordNotReady : accountWords.emptyPassword);
      passwordInput.current?.focus();
      return;
    }
    action.say(null);
    await send({}, action.run);
  };

  /**
   * Sends the form through `run` (this form's, or the code step's); a server that asks for
   * the two-step code opens that step instead of saying a problem.
   */
  const send = (extras: { totp?: string }, run: typeof action.run): Promise<boolean> => {
    const name = displayName.trim();
    return run<Account>(
      () =>
        enterAccount(
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
        ),
      {
        done: (account) => {
          onEntered(account, mode);
          return null;
        },
        problem: (error) => {
          if (error instanceof ApiFailure && error.code === 'totp_required') {
            setAskCode(true);
            return null;
          }
          return accountProblem(error);
        },
        staysBusy: true,
      },
    );
  };

  const choose = (next: EntryMode) => {
    setMode(next);
    if (next === 'sign-up') setOptionsWanted(true);
    action.say(null);
  };

  // A new email or password starts over: the code step belongs to the one that was sent.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when either changes
  useEffect(() => setAskCode(false), [email, password]);

  if (askCode && !signingUp) {
    return (
      <div className="account-card">
        <TotpStep
          email={email}
          onCode={(totp, run) => send({ totp }, run)}
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
        <legend className="sr-text">{entryWords.modes}</legend>
        <button
          type="button"
          aria-pressed={!signingUp}
          className={signingUp ? '' : 'primary'}
          onClick={() => choose('sign-in')}
        >
          {entryWords.signIn}
        </button>
        <button
          type="button"
          aria-pressed={signingUp}
          className={signingUp ? 'primary' : ''}
          onClick={() => choose('sign-up')}
        >
          {entryWords.signUp}
        </button>
      </fieldset>
      <form className="account-form" noValidate onSubmit={submit}>
        <h2 className="account-form__title">{signingUp ? entryWords.signUp : entryWords.signIn}</h2>
        {closed ? (
          <p className="account-hint" role="status">
            {entryWords.closed}
          </p>
        ) : invitedOnly ? (
          <p className="account-hint" role="status">
            {entryWords.invitedOnly}
          </p>
        ) : signingUp ? (
          <>
            <p className="account-hint">{entryWords.firstIsAdmin}</p>
            <TextField
              label={entryWords.nameLabel}
              autoComplete="name"
              maxLength={MAX_DISPLAY_NAME_LENGTH}
              value={displayName}
              onChange={setDisplayName}
              hint={entryWords.nameHint}
            />
          </>
        ) : null}
        {signingUp && options?.setupCodeNeeded ? (
          <TextField
            label={entryWords.setupCodeLabel}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={setupCode}
            onChange={setSetupCode}
            hint={entryWords.setupCodeHint}
          />
        ) : null}
        <TextField
          inputRef={emailInput}
          label={entryWords.email}
          type="email"
          inputMode="email"
          autoComplete={signingUp ? 'email' : 'username'}
          value={email}
          onChange={setEmail}
          aria-describedby={problemShown ? problemId : undefined}
        />
        <PasswordField
          inputRef={passwordInput}
          label={entryWords.password}
          value={password}
          onChange={setPassword}
          autoComplete={signingUp ? 'new-password' : 'current-password'}
          rulesFor={signingUp ? email : null}
        />
        <ActionOutcome id={problemId} message={action.message} classes={accountOutcome} />
        <button type="submit" className="primary big account-submit">
          {action.busy ? entryWords.wait : signingUp ? entryWords.submitSignUp : entryWords.signIn}
        </button>
      </form>
    </div>
  );
}
