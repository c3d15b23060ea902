// Keeps the account up to date while the app is open: checks the remembered account once,
// then uploads after each finished session or saved check-in, when the connection comes back,
// and again later (waiting longer each time) after a failed try.
import { useEffect } from 'react';
import type { SessionLog } from '../../core/contracts/session-log.js';
import { confirmAccount } from '../auth/account-state.js';
import { accountRecord, checkInsRecord, sessionLogsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { uploadDeviceRecords } from './upload.js';

const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 10 * 60_000;
/** The player saves the log on every event; wait for the writes to settle. */
const SETTLE_MS = 1_500;

/** Changes only when a session ends: the player writes the open log many times before that. */
const finishedSessionsKey = (logs: readonly SessionLog[] | null): string => {
  const finished = (logs ?? []).filter((log) => log.endedAt !== null);
  return `${finished.length}:${finished.at(-1)?.endedAt ?? ''}`;
};

export function useBackgroundSync(): void {
  const accountId = useDeviceRecord(accountRecord)?.id ?? null;

  // Once per visit: is the remembered account still signed in?
  useEffect(() => {
    void confirmAccount();
  }, []);

  useEffect(() => {
    if (accountId === null) return;
    let stopped = false;
    let retryMs = FIRST_RETRY_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      clearTimeout(timer);
      void uploadDeviceRecords().then((outcome) => {
        if (stopped) return;
        if (outcome.status === 'failed') {
          timer = setTimeout(attempt, retryMs);
          retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
        } else {
          retryMs = FIRST_RETRY_MS;
        }
      });
    };
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(attempt, SETTLE_MS);
    };

    let sessionsKey = finishedSessionsKey(sessionLogsRecord.read());
    const onSessions = () => {
      const key = finishedSessionsKey(sessionLogsRecord.read());
      if (key === sessionsKey) return;
      sessionsKey = key;
      soon();
    };
    const unsubscribeSessions = sessionLogsRecord.subscribe(onSessions);
    const unsubscribeCheckIns = checkInsRecord.subscribe(soon);
    window.addEventListener('online', attempt);
    attempt();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribeSessions();
      unsubscribeCheckIns();
      window.removeEventListener('online', attempt);
    };
  }, [accountId]);
}
