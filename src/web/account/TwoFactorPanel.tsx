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
import { CopyButton } from '../share/CopyButton.js';
import { accountProblem } from './account-words.js';
import { PasswordField } from './PasswordField.js';
import { RecoveryCodesCard } from './RecoveryCodesCard.js';
import { secretGroups, typedCode } from './secret-groups.js';
import './two-factor.css';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'setup'; readonly setup: TwoFactorSetup }
  | { readonly kind: 'codes'; readonly codes: readonly string[] };

function Message({ message }: { readonly message: { text: string; problem: boolean } | null }) {
  if (message === null) return null;
  return (
    <p
      className={message.problem ? 'account-problem' : 'account-done'}
      role={message.problem ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}

export function TwoFactorPanel({ account }: { readonly account: Account }) {
  const ids = { title: useId(), code: useId(), secret: useId() };
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage({ text: accountProblem(error), problem: true });
    }
    setBusy(false);
  };

  const start = () =>
    run(async () => {
      const setup = await callApi(endpoints.startTwoFactor);
      setCode('');
      setStep({ kind: 'setup', setup });
    });

  const confirm = (event: FormEvent) => {
    event.preventDefault();
    const typed = typedCode(code);
    if (!/^\d{6}$/.test(typed)) {
      setMessage({ text: 'Type the 6 digits your app shows now.', problem: true });
      return;
    }
    return run(async () => {
      const { recoveryCodes } = await callApi(endpoints.confirmTwoFactor, {
        body: { code: typed },
      });
      setStep({ kind: 'codes', codes: recoveryCodes });
    });
  };

  const finish = () =>
    run(async () => {
      setStep({ kind: 'idle' });
      await confirmAccount();
      setMessage({ text: 'Two-step sign-in is on.', problem: false });
    });

  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    if (password === '') {
      setMessage({ text: 'Type your password.', problem: true });
      return;
    }
    return run(async () => {
      await callApi(endpoints.stopTwoFactor, { body: { password } });
      setPassword('');
      await confirmAccount();
      setMessage({ text: 'Two-step sign-in is off.', problem: false });
    });
  };

  return (
    <section className="account-card" aria-labelledby={ids.title}>
      <h2 id={ids.title}>Two-step sign-in</h2>
      {step.kind === 'codes' ? (
        <RecoveryCodesCard codes={step.codes} email={account.email} onDone={finish} />
      ) : step.kind === 'setup' ? (
        <div className="two-factor-setup">
          <p>
            <strong>1.</strong> Open an authenticator app on your phone (for example FreeOTP, Aegis
            or Google Authenticator) and scan this code.
          </p>
          <QrCode qr={step.setup.qr} label="QR code to add Unknot to your authenticator app" />
          <p id={ids.secret}>Can't scan it? Type this key into the app instead:</p>
          <p className="two-factor-secret">
            <code aria-describedby={ids.secret}>{secretGroups(step.setup.secret)}</code>
          </p>
          <CopyButton text={step.setup.secret} label="Copy the key" />
          <form className="account-form" noValidate onSubmit={confirm}>
            <div className="account-field">
              <label htmlFor={ids.code}>
                <strong>2.</strong> Type the 6-digit code the app shows
              </label>
              <input
                id={ids.code}
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                value={code}
                onChange={(event) => setCode(event.target.value)}
              />
            </div>
            <Message message={message} />
            <div className="account-actions">
              <button type="submit" className="primary">
                {busy ? 'Checking…' : 'Turn on two-step sign-in'}
              </button>
              <button type="button" onClick={() => setStep({ kind: 'idle' })}>
                Cancel
              </button>
            </div>
          </form>
        </div>
      ) : account.twoFactor ? (
        <>
          <p>
            Two-step sign-in is on. Signing in asks for your password and a code from your
            authenticator app.
          </p>
          <Message message={message} />
          <details className="account-details">
            <summary>Turn off two-step sign-in</summary>
            <form className="account-form" noValidate onSubmit={turnOff}>
              {account.role === 'therapist' ? (
                <p>While it is off, you cannot see your clients.</p>
              ) : null}
              <PasswordField
                label="Your password"
                value={password}
                onChange={setPassword}
                autoComplete="current-password"
                rulesFor={null}
              />
              <button type="submit">{busy ? 'Turning off…' : 'Turn off two-step sign-in'}</button>
            </form>
          </details>
        </>
      ) : (
        <>
          <p>
            Two-step sign-in asks for a code from an app on your phone as well as your password, so
            a stolen password alone cannot open your account.
            {account.role === 'therapist'
              ? ' As a therapist you need it before you can see any client.'
              : ''}
          </p>
          <Message message={message} />
          <button type="button" className="primary" onClick={start}>
            {busy ? 'Please wait…' : 'Set up two-step sign-in'}
          </button>
        </>
      )}
    </section>
  );
}
