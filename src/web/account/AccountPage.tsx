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
          <p>
            This device still keeps its own copy of your plan, pain map and sessions, so the app
            keeps working here.
          </p>
          {cleared ? (
            <p className="account-done" role="status">
              This device is cleared too.
            </p>
          ) : (
            <button
              type="button"
              onClick={() => {
                clearDeviceCopy();
                setCleared(true);
              }}
            >
              Clear this device too
            </button>
          )}
        </div>
      ) : null}
      <p className="lead">
        You do not need an account. Everything works on this device without one: the body map, the
        safety check, your plan and your sessions.
      </p>
      <p>
        An account keeps your history on the Unknot server you run, not only on this phone. You can
        download it or delete it at any time.
      </p>
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
        Signed in as <strong>{account.email}</strong>
      </p>
      {account.isAdmin ? (
        <p className="account-admin">
          You are the administrator of this Unknot server, because yours was the first account made
          here. <Link href="/admin">Administration: accounts and roles</Link>
        </p>
      ) : null}
      {account.role === 'therapist' ? (
        <p>
          <Link href={therapistHomePath} className="button primary big account-main">
            Your clients
          </Link>
        </p>
      ) : null}
      <UploadStatus />
      <p>
        <Link href="/progress" className="button primary big account-main">
          See your progress
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
    const first = mode === 'sign-up' ? 'Your account is made.' : 'You are signed in.';
    setDeleted(false);
    setNotice({ kind: 'working', text: `${first} Saving what this device holds…` });
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
      <h1 id="account-title">Your account</h1>
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
                text: everywhere
                  ? 'You are signed out on every device. Everything still works on this one.'
                  : 'You are signed out. Your records stay on this device, and everything still works here.',
              })
            }
          />
          <DeletePanel
            onDeleted={() => {
              setDeleted(true);
              setNotice({
                kind: 'done',
                text: 'Your account and all it kept on this server are deleted. You are signed out.',
              });
            }}
          />
        </>
      )}
      <p className="account-back">
        <Link href="/">Back to the start</Link>
      </p>
    </section>
  );
}
