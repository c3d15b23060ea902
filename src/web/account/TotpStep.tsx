// The second step of signing in, asked only for an account with two-step sign-in: the
// 6-digit code from the authenticator app, or one of the recovery codes kept on paper.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ActionOutcome } from '../requests/Outcome.js';
import { type Action, useAction } from '../requests/use-action.js';
import { accountOutcome } from './account-words.js';
import { entryWords, twoStepWords } from './entry-words.js';
import { typedCode } from './secret-groups.js';
import { TextField } from './TextField.js';

export function TotpStep(props: {
  readonly email: string;
  /** Sends the code through this step's `run`; answers whether signing in went on. */
  readonly onCode: (code: string, run: Action['run']) => Promise<boolean>;
  readonly onStartAgain: () => void;
}) {
  const ids = { problem: useId(), title: useId() };
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the box each time it changes
  useEffect(() => input.current?.focus(), [recovery]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (action.busy) return;
    const typed = recovery ? code.trim() : typedCode(code);
    if (recovery ? typed === '' : !/^\d{6}$/.test(typed)) {
      action.say(recovery ? twoStepWords.typeRecovery : twoStepWords.typeAppCode);
      input.current?.focus();
      return;
    }
    action.say(null);
    if (!(await props.onCode(typed, action.run))) input.current?.focus();
  };

  return (
    <form className="account-form" noValidate onSubmit={submit} aria-labelledby={ids.title}>
      <h2 id={ids.title} className="account-form__title">
        {twoStepWords.title}
      </h2>
      <p className="account-who">
        {twoStepWords.passwordRight} <strong>{props.email}</strong> {twoStepWords.isRight}{' '}
        {recovery ? twoStepWords.needsRecovery : twoStepWords.needsAppCode}
      </p>
      <TextField
        inputRef={input}
        label={recovery ? twoStepWords.recoveryLabel : twoStepWords.appCodeLabel}
        inputMode={recovery ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        value={code}
        onChange={setCode}
        aria-describedby={action.message?.problem ? ids.problem : undefined}
      />
      <ActionOutcome id={ids.problem} message={action.message} classes={accountOutcome} />
      <button type="submit" className="primary big account-submit">
        {action.busy ? entryWords.wait : entryWords.signIn}
      </button>
      <div className="account-actions">
        <button
          type="button"
          onClick={() => {
            setRecovery(!recovery);
            setCode('');
            action.say(null);
          }}
        >
          {recovery ? twoStepWords.useAppCode : twoStepWords.useRecovery}
        </button>
        <button type="button" onClick={props.onStartAgain}>
          {twoStepWords.startAgain}
        </button>
      </div>
    </form>
  );
}
