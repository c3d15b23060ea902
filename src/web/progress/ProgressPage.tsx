// /progress: pain before and after each session, pain over days and weeks, what helps most,
// sessions each week against the goal, and the weekly check-in. Signed out, it shows what the
// device holds and offers an account to keep the history on the person's own server.
import { useRef } from 'react';
import { recordEndpointsByKind } from '../../core/contracts/endpoints.js';
import type { CheckInProgress } from '../../core/progress/index.js';
import { localDateAt } from '../../core/reminders/index.js';
import { callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import { newSessionId } from '../device/random-id.js';
import { checkInsRecord, sessionGoalRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import type { ActionMessage } from '../requests/use-action.js';
import { Link } from '../router.js';
import { rememberCheckInSent, uploadDeviceRecords } from '../sync/upload.js';
import { type CheckInDraft, checkInFromDraft, withCheckIn } from './check-in-draft.js';
import { checkInWords } from './check-in-words.js';
import { utcOffsetMinutesAt } from './device-progress.js';
import { ProgressReport } from './ProgressReport.js';
import { progressLabels, progressWords } from './progress-words.js';
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
  ): Promise<ActionMessage> => {
    const now = new Date();
    const id = current?.id ?? savedId.current ?? newSessionId();
    const made = checkInFromDraft(draft, id, localDateAt(now, utcOffsetMinutesAt(now)));
    if (!made.ok) return { text: made.message, problem: true };
    const record = made.value;
    savedId.current = id;
    if (account === null) {
      checkInsRecord.write(withCheckIn(checkInsRecord.read(), record));
      return { text: checkInWords.savedOnDevice, problem: false };
    }
    try {
      await callApi(recordEndpointsByKind['check-ins'].put, { params: { id }, body: record });
      // Noted as received first, so the background upload does not send it again.
      rememberCheckInSent(account.id, record);
      checkInsRecord.write(withCheckIn(checkInsRecord.read(), record));
      reload();
      return { text: checkInWords.savedToAccount, problem: false };
    } catch {
      // An ended login (401) has made callApi forget the account; the device keeps the record.
      checkInsRecord.write(withCheckIn(checkInsRecord.read(), record));
      return { text: checkInWords.savedForLater, problem: false };
    }
  };

  return (
    <section className="page progress-page" aria-labelledby="progress-title">
      <h1 id="progress-title">{progressLabels.title}</h1>
      <ReminderNotice />
      {view.status === 'loading' ? (
        <p role="status">{progressLabels.loading}</p>
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
                {progressLabels.signIn}
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
        <Link href="/">{progressLabels.back}</Link>
      </p>
    </section>
  );
}
