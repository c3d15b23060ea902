// The header's account corner: "Sign in", or a mark that this device is signed in; a nudge
// when a reminder time has come; and the background upload that keeps the account current.

import { useAccount } from '../auth/account-state.js';
import { planRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link, usePath } from '../router.js';
import { useBackgroundSync } from '../sync/use-background-sync.js';
import { useDueReminder } from './use-due-reminder.js';
import './account-status.css';

export function AccountStatus() {
  useBackgroundSync();
  const account = useAccount();
  const due = useDueReminder();
  const path = usePath();
  const plan = useDeviceRecord(planRecord);
  // No nudge during a session, or on the screen that already shows it.
  const nudge = due !== null && path !== '/session' && path !== '/progress';
  return (
    <div className="account-status">
      {nudge ? (
        <Link
          href={plan ? '/session' : '/progress'}
          className="account-status__reminder"
          aria-label="Reminder: time for your session"
        >
          <svg className="account-status__bell" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6Zm-2 15a2 2 0 0 0 4 0" />
          </svg>
          <span className="account-status__words">Session time</span>
        </Link>
      ) : null}
      <Link href="/account" className="account-status__link">
        {account ? (
          <>
            <span className="account-status__dot" aria-hidden="true" />
            <span className="sr-text">Signed in: </span>
            Account
          </>
        ) : (
          'Sign in'
        )}
      </Link>
    </div>
  );
}
