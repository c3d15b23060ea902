// /progress: pain before and after each session, pain over days and weeks, what helps most,
// sessions each week against the goal, and the weekly check-in. Signed out, it shows what the
// device holds and offers an account to keep the history on the person's own server.
import { useRef } from 'react';
import { recordEndpointsByKind } from '../../core/contracts/endpoints.js';
import type { CheckInProgress } from '../../core/progress/index.js';
import { localDateAt } from '../../core/reminders/index.js';
import { ApiFailure, callApi } from '../api.js';
import { forgetAccount, useAccount } from '../auth/account-state.js';
import { newSessionId } from '../device/random-id.js';
import { checkInsRecord, sessionGoalRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';
import { rememberCheckInSent, uploadDeviceRecords } from '../sync/upload.js';
import { type CheckInDraft, checkInFromDraft, withCheckIn } from './check-in-draft.js';
import { utcOffsetMinutesAt } from './device-progress.js';
import { ProgressReport } from './ProgressReport.js';
import { progressWords } from './progress-words.js';
import { ReminderNotice } from './ReminderNotice.js';
import { useProgress } from './use-progress.js';
import './progress.css';

export function ProgressPage() {
  const account = useAccount();
  const { view, reload } = useProgress();
  const goal = useDeviceRecord(sessionGoalRecord);
  const savedId = useRef<string | null>(null);

  const saveGoal = async (sessionsPerWeek: number) => {
    sessionGoalRecord.write({ sessionsPerWeek, setAt: new Date().toISOString() });
    if (account) {
      await uploadDeviceRecords();
      reload();
    }
  };

  const saveCheckIn = async (
    draft: CheckInDraft,
    current: CheckInProgress | null,
  ): Promise<{ text: string; problem: boolean }> => {
    const now = new Date();
    const id = current?.id ?? savedId.current ?? newSessionId();
    const made = checkInFromDraft(draft, id, localDateAt(now, utcOffsetMinutesAt(now)));
    if (!made.ok) return { text: made.message, problem: true };
    const record = made.value;
    savedId.current = id;
    if (account === null) {
      checkInsRecord.write(withCheckIn(checkInsRecord.read(), record));
      return { text: 'Check-in saved on this device.', problem: false };
    }
    try {
      await callApi(recordEndpointsByKind['check-ins'].put, { params: { id }, body: record });
      // Noted as received first, so the background upload does not send it again.
      rememberCheckInSent(account.id, record);
      checkInsRecord.write(withCheckIn(checkInsRecord.read(), record));
      reload();
      return { text: 'Check-in saved to your account.', problem: false };
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) forgetAccount();
      checkInsRecord.write(withCheckIn(checkInsRecord.read(), record));
      return {
        text: 'Saved on this device. It goes to your account when the server can be reached.',
        problem: false,
      };
    }
  };

  return (
    <section className="page progress-page" aria-labelledby="progress-title">
      <h1 id="progress-title">Your progress</h1>
      <ReminderNotice />
      {view.status === 'loading' ? (
        <p role="status">Loading your history…</p>
      ) : (
        <>
          {view.problem ? (
            <p className="progress-problem" role="alert">
              {view.problem}
            </p>
          ) : null}
          {view.source === 'account' ? (
            <p className="progress-source-line">{progressWords.fromAccount}</p>
          ) : account === null ? (
            <div className="progress-card progress-card--invite">
              <p>{progressWords.deviceOnly}</p>
              <Link href="/account" className="button">
                Sign in or make an account
              </Link>
            </div>
          ) : null}
          <ProgressReport
            summary={view.summary}
            goal={goal?.sessionsPerWeek ?? null}
            onGoal={saveGoal}
            onCheckIn={saveCheckIn}
          />
        </>
      )}
      <p className="progress-back">
        <Link href="/">Back to the start</Link>
      </p>
    </section>
  );
}
