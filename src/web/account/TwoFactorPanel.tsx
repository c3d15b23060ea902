// Two-step sign-in on the account page, for any account (a therapist must have it before
// seeing a client): scan the QR code or type the secret into an authenticator app, confirm
// with a code from it, keep the ten recovery codes. Turning it off asks for the password.
import { type FormEvent, useId, useState } from 'react';
import type { Account } from '../../core/contracts/account.js';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { TwoFactorSetup } from '../../core/contracts/therapists.js';
import { callApi } from '../api.js';
import { confirmAccount } from '../auth/account-state.js';
import { QrCode } from '../qr/QrCode.js';
import { ActionOutcome } from '../requests/Outcome.js';
import { useAction } from '../requests/use-action.js';
import { CopyButton } from '../share/CopyButton.js';
import { accountOutcome, accountProblem } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { panelWords } from './panel-words.js';
import { RecoveryCodesCard } from './RecoveryCodesCard.js';
import { secretGroups, typedCode } from './secret-groups.js';
import { TextField } from './TextField.js';
import './two-factor.css';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'setup'; readonly setup: TwoFactorSetup }
  | { readonly kind: 'codes'; readonly codes: readonly string[] };

const words = panelWords.twoFactor;

export function TwoFactorPanel({ account }: { readonly account: Account }) {
  const ids = { title: useId(), secret: useId() };
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  /** One step at a time; `work` answers what to say when it is done. */
  const run = (work: () => Promise<string | null>) => {
    if (action.busy) return;
    action.say(null);
    return action.run(work, { done: (text) => text, problem: accountProblem });
  };

  const start = () =>
    run(async () => {
      const setup = await callApi(endpoints.startTwoFactor);
      setCode('');
      setStep({ kind: 'setup', setup });
      return null;
    });

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    const typed = typedCode(code);
    if (!/^\d{6}$/.test(typed)) return action.say(words.typeCode);
    return run(async () => {
      const { recoveryCodes } = await callApi(endpoints.confirmTwoFactor, {
        body: { code: typed },
      });
      setStep({ kind: 'codes', codes: recoveryCodes });
      return null;
    });
  };

  const finish = () =>
    run(async () => {
      setStep({ kind: 'idle' });
      await confirmAccount();
      return words.isOnNow;
    });

  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    if (password === '') return action.say(words.typePassword);
    return run(async () => {
      await callApi(endpoints.stopTwoFactor, { body: { password } });
      setPassword('');
      await confirmAccount();
      return words.isOffNow;
    });
  };

  const message = <ActionOutcome message={action.message} classes={accountOutcome} />;

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{words.title}</h2>
      {step.kind === 'codes' ? (
        <RecoveryCodesCard codes={step.codes} email={account.email} onDone={finish} />
      ) : step.kind === 'setup' ? (
        <div className="two-factor-setup">
          <p>
            <strong>1.</strong> {words.openApp}
          </p>
          <QrCode qr={step.setup.qr} label={words.qrLabel} />
          <p id={ids.secret}>{words.cannotScan}</p>
          <p className="two-factor-secret">
            <code aria-describedby={ids.secret}>{secretGroups(step.setup.secret)}</code>
          </p>
          <CopyButton text={step.setup.secret} label={words.copyKey} />
          <form className="account-form" noValidate onSubmit={confirm}>
            <TextField
              label={
                <>
                  <strong>2.</strong> {words.codeLabel}
                </>
              }
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={setCode}
            />
            {message}
            <div className="account-actions">
              <button type="submit" className="primary">
                {action.busy ? words.checking : words.turnOn}
              </button>
              <button type="button" onClick={() => setStep({ kind: 'idle' })}>
                {words.cancel}
              </button>
            </div>
          </form>
        </div>
      ) : account.twoFactor ? (
        <>
          <p>{words.isOn}</p>
          {message}
          <details className="account-details">
            <summary>{words.turnOff}</summary>
            <form className="account-form" noValidate onSubmit={turnOff}>
              {account.role === 'therapist' ? <p>{words.offTherapist}</p> : null}
              <PasswordField
                label={words.password}
                value={password}
                onChange={setPassword}
                autoComplete="current-password"
                rulesFor={null}
              />
              <button type="submit">{action.busy ? words.turningOff : words.turnOff}</button>
            </form>
          </details>
        </>
      ) : (
        <>
          <p>
            {words.why}
            {account.role === 'therapist' ? words.whyTherapist : ''}
          </p>
          {message}
          <button type="button" className="primary" onClick={start}>
            {action.busy ? words.wait : words.setUp}
          </button>
        </>
      )}
    </section>
  );
}
