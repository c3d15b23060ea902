// /progress: pain before and after each session, pain over days and weeks, what helps most,
// sessions each week against the goal, and the weekly check-in. Signed out, it shows what the
// device holds and offers an account to keep the history on the person's own server.
import { type ReactNode, useId, useRef } from 'react';
import { recordEndpointsByKind } from '../../core/contracts/endpoints.js';
import {
  type CheckInProgress,
  dayOfLocalTime,
  isoWeekOf,
  localTimeOf,
  type ProgressSummary,
} from '../../core/progress/index.js';
import { localDateAt } from '../../core/reminders/index.js';
import { useAccount } from '../account/account-state.js';
import { callApi } from '../api.js';
import { checkInsRecord, sessionGoalRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { Link } from '../router.js';
import { newSessionId } from '../session/session-id.js';
import { rememberCheckInSent, uploadDeviceRecords } from '../sync/upload.js';
import { Adherence } from './Adherence.js';
import { CheckInChanges } from './CheckInChanges.js';
import { CheckInForm } from './CheckInForm.js';
import { type CheckInDraft, checkInFromDraft, withCheckIn } from './check-in-draft.js';
import { utcOffsetMinutesAt } from './device-progress.js';
import { DailyPainChart, WeeklyPainChart } from './PainTrendCharts.js';
import { progressWords } from './progress-words.js';
import { ReminderNotice } from './ReminderNotice.js';
import { SessionPainChart } from './SessionPainChart.js';
import { useProgress } from './use-progress.js';
import { WhatHelps } from './WhatHelps.js';
import './progress.css';

function Section(props: { readonly title: string; readonly children: ReactNode }) {
  const id = useId();
  return (
    <section className="progress-section" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** This week's check-in, if there is one: saving again changes it instead of adding one. */
function thisWeeksCheckIn(summary: ProgressSummary): CheckInProgress | null {
  const today = localTimeOf(summary.today, 0);
  if (today === null) return null;
  const week = isoWeekOf(dayOfLocalTime(today)).key;
  const latest = summary.checkIns.at(-1);
  return latest?.week === week ? latest : null;
}

function PainOverTime({ summary }: { readonly summary: ProgressSummary }) {
  const { recent, overall } = summary.trend;
  return (
    <>
      <ul className="trend-lines">
        <li>
          <strong>Last 4 weeks:</strong> {recent.label}
        </li>
        <li>
          <strong>Since you began:</strong> {overall.label}
        </li>
      </ul>
      {summary.painByDay.length > 0 ? <DailyPainChart days={summary.painByDay} /> : null}
      {summary.painByWeek.length > 1 ? <WeeklyPainChart weeks={summary.painByWeek} /> : null}
    </>
  );
}

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
    } catch {
      // Offline, or signed out (callApi has then forgotten the account): keep it here.
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
          <ProgressBody
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

function ProgressBody(props: {
  readonly summary: ProgressSummary;
  readonly goal: number | null;
  readonly onGoal: (sessionsPerWeek: number) => void;
  readonly onCheckIn: (
    draft: CheckInDraft,
    current: CheckInProgress | null,
  ) => Promise<{ text: string; problem: boolean }>;
}) {
  const { summary } = props;
  const current = thisWeeksCheckIn(summary);
  const latest = summary.checkIns.at(-1);
  const hasSessions = summary.sessions.length > 0;
  return (
    <>
      <Section title="Pain before and after each session">
        {hasSessions ? (
          <SessionPainChart sessions={summary.sessions} />
        ) : (
          <div className="progress-card">
            <p>{progressWords.noSessions}</p>
            <Link href="/" className="button">
              Go to the start
            </Link>
          </div>
        )}
      </Section>
      {hasSessions ? (
        <>
          <Section title="Pain over time">
            <PainOverTime summary={summary} />
          </Section>
          <Section title="What helps you most">
            <WhatHelps whatHelps={summary.whatHelps} />
          </Section>
        </>
      ) : null}
      <Section title="Sessions each week">
        <Adherence adherence={summary.adherence} goal={props.goal} onGoal={props.onGoal} />
      </Section>
      <Section title="Weekly check-in">
        <p>
          Once a week, rate your pain and a few things your back makes hard. Comparing weeks shows
          whether things are really changing.
        </p>
        <CheckInChanges checkIns={summary.checkIns} />
        <CheckInForm
          current={
            current ? { averagePain: current.averagePain, activities: current.activities } : null
          }
          previousNames={latest?.activities.map((activity) => activity.name) ?? []}
          onSave={(draft) => props.onCheckIn(draft, current)}
        />
      </Section>
      {summary.ignored.length > 0 ? (
        <p className="progress-note">
          {summary.ignored.length === 1
            ? '1 record could not be read, so it is left out.'
            : `${summary.ignored.length} records could not be read, so they are left out.`}
        </p>
      ) : null}
    </>
  );
}
