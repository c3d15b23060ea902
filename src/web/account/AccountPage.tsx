// /account: sign in or make an account (never required: everything works on the device),
// and once signed in, reminders, downloads, the password, signing out and deleting it all.
import { useEffect, useRef, useState } from 'react';
import type { Account } from '../../core/contracts/account.js';
import { type EntryMode, useAccount } from '../auth/account-state.js';
import { useScrollToHash } from '../learn/use-scroll-to-hash.js';
import { therapistPath as therapistHomePath } from '../paths.js';
import { Link, navigate } from '../router.js';
import { uploadDeviceRecords } from '../sync/upload.js';
import { uploadSummary } from '../sync/upload-words.js';
import { AccessLogPanel } from './AccessLogPanel.js';
import { accountPageWords as words } from './account-page-words.js';
import { DataPanel } from './DataPanel.js';
import { DeletePanel } from './DeletePanel.js';
import { DisplayNamePanel } from './DisplayNamePanel.js';
import { clearDeviceCopy } from './device-copy.js';
import { EntryForm } from './EntryForm.js';
import { PasswordPanel } from './PasswordPanel.js';
import { RemindersPanel } from './RemindersPanel.js';
import { loadReminders } from './reminder-settings.js';
import { SignOutPanel } from './SignOutPanel.js';
import { TherapistsPanel } from './TherapistsPanel.js';
import { TwoFactorPanel } from './TwoFactorPanel.js';
import { UploadStatus } from './UploadStatus.js';
import './account.css';

interface Notice {
  readonly text: string;
  readonly kind: 'working' | 'done' | 'problem';
}

function NoticeLine({ notice }: { readonly notice: Notice }) {
  const line = useRef<HTMLParagraphElement>(null);
  // The form that was just sent may be gone: put focus on what happened instead.
  useEffect(() => {
    if (notice.kind !== 'working') line.current?.focus();
  }, [notice]);
  return (
    <p
      ref={line}
      tabIndex={-1}
      className={`account-notice account-notice--${notice.kind}`}
      role={notice.kind === 'problem' ? 'alert' : 'status'}
    >
      {notice.text}
    </p>
  );
}

function SignedOut({ deleted }: { readonly deleted: boolean }) {
  const [cleared, setCleared] = useState(false);
  return (
    <>
      {deleted ? (
        <div className="account-card">
          <p>{words.deviceKeepsCopy}</p>
          {cleared ? (
            <p className="account-done" role="status">
              {words.deviceCleared}
            </p>
          ) : (
            <button
              type="button"
              onClick={() => {
                clearDeviceCopy();
                setCleared(true);
              }}
            >
              {words.clearDevice}
            </button>
          )}
        </div>
      ) : null}
      <p className="lead">{words.noNeed}</p>
      <p>{words.whatItKeeps}</p>
    </>
  );
}

function SignedIn({
  account,
  onSignedOut,
}: {
  readonly account: Account;
  readonly onSignedOut: (everywhere: boolean) => void;
}) {
  const [logRound, setLogRound] = useState(0);
  useScrollToHash(true);
  return (
    <>
      <p className="account-who">
        {words.signedInAs} <strong>{account.email}</strong>
      </p>
      {account.isAdmin ? (
        <p className="account-admin">
          {words.youAreAdmin} <Link href="/admin">{words.adminLink}</Link>
        </p>
      ) : null}
      {account.role === 'therapist' ? (
        <p>
          <Link href={therapistHomePath} className="button primary big account-main">
            {words.yourClients}
          </Link>
        </p>
      ) : null}
      <UploadStatus />
      <p>
        <Link href="/progress" className="button primary big account-main">
          {words.seeProgress}
        </Link>
      </p>
      <RemindersPanel />
      <TherapistsPanel onChange={() => setLogRound((n) => n + 1)} />
      <AccessLogPanel round={logRound} />
      <DataPanel />
      <DisplayNamePanel key={account.displayName} account={account} />
      <div id="two-step">
        <TwoFactorPanel account={account} />
      </div>
      <PasswordPanel account={account} />
      <SignOutPanel onSignedOut={onSignedOut} />
    </>
  );
}

export function AccountPage() {
  const account = useAccount();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deleted, setDeleted] = useState(false);

  const entered = async (entering: Account, mode: EntryMode) => {
    // A therapist's work starts on "Your clients"; what the device holds still goes up.
    if (entering.role === 'therapist') navigate(therapistHomePath);
    const first = mode === 'sign-up' ? words.made : words.signedIn;
    setDeleted(false);
    setNotice({ kind: 'working', text: `${first} ${words.saving}` });
    // The in-app reminder works from the device's copy of the account's settings.
    loadReminders().catch(() => {});
    const outcome = await uploadDeviceRecords();
    setNotice({
      kind: outcome.status === 'failed' ? 'problem' : 'done',
      text: `${first} ${uploadSummary(outcome)}`,
    });
  };

  return (
    <section className="page account-page" aria-labelledby="account-title">
      <h1 id="account-title">{words.title}</h1>
      {notice ? <NoticeLine notice={notice} /> : null}
      {account === null ? (
        <>
          <SignedOut deleted={deleted} />
          <EntryForm onEntered={entered} />
        </>
      ) : (
        <>
          <SignedIn
            account={account}
            onSignedOut={(everywhere) =>
              setNotice({
                kind: 'done',
                text: everywhere ? words.signedOutEverywhere : words.signedOut,
              })
            }
          />
          <DeletePanel
            onDeleted={() => {
              setDeleted(true);
              setNotice({
                kind: 'done',
                text: words.deleted,
              });
            }}
          />
        </>
      )}
      <p className="account-back">
        <Link href="/">{words.back}</Link>
      </p>
    </section>
  );
}
