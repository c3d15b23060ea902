// The second step of signing in, asked only for an account with two-step sign-in: the
// 6-digit code from the authenticator app, or one of the recovery codes kept on paper.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { typedCode } from './secret-groups.js';

export function TotpStep(props: {
  readonly email: string;
  /** Sends the code; answers the problem to show, or null when signing in went on. */
  readonly onCode: (code: string) => Promise<string | null>;
  readonly onStartAgain: () => void;
}) {
  const ids = { code: useId(), problem: useId(), title: useId() };
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the box each time it changes
  useEffect(() => input.current?.focus(), [recovery]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const typed = recovery ? code.trim() : typedCode(code);
    if (recovery ? typed === '' : !/^\d{6}$/.test(typed)) {
      setProblem(
        recovery ? 'Type one of your recovery codes.' : 'Type the 6 digits your app shows.',
      );
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    const refused = await props.onCode(typed);
    setBusy(false);
    if (refused) {
      setProblem(refused);
      input.current?.focus();
    }
  };

  return (
    <form className="account-form" noValidate onSubmit={submit} aria-labelledby={ids.title}>
      <h2 id={ids.title} className="account-form__title">
        Two-step sign-in
      </h2>
      <p className="account-who">
        Your password for <strong>{props.email}</strong> is right. This account also needs{' '}
        {recovery ? 'one of its recovery codes.' : 'the code from your authenticator app.'}
      </p>
      <div className="account-field">
        <label htmlFor={ids.code}>
          {recovery ? 'Recovery code' : '6-digit code from your app'}
        </label>
        <input
          ref={input}
          id={ids.code}
          type="text"
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-describedby={problem ? ids.problem : undefined}
        />
      </div>
      {problem ? (
        <p id={ids.problem} className="account-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary big account-submit">
        {busy ? 'Please wait…' : 'Sign in'}
      </button>
      <div className="account-actions">
        <button
          type="button"
          onClick={() => {
            setRecovery(!recovery);
            setCode('');
            setProblem(null);
          }}
        >
          {recovery ? 'Use the code from the app' : 'Use a recovery code'}
        </button>
        <button type="button" onClick={props.onStartAgain}>
          Start again
        </button>
      </div>
    </form>
  );
}
