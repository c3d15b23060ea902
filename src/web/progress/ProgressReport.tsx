// The progress report itself, given its summary: pain per session, pain over time, what
// helps, sessions each week and the check-ins. The person's own page passes the goal and
// check-in handlers; a therapist's read-only view of a client passes none.
import { type ReactNode, useId } from 'react';
import {
  type CheckInProgress,
  dayOfLocalTime,
  isoWeekOf,
  localTimeOf,
  type ProgressSummary,
} from '../../core/progress/index.js';
import { Link } from '../router.js';
import { Adherence } from './Adherence.js';
import { CheckInChanges } from './CheckInChanges.js';
import { CheckInForm } from './CheckInForm.js';
import type { CheckInDraft } from './check-in-draft.js';
import { HarmReports } from './HarmReports.js';
import { DailyPainChart, WeeklyPainChart } from './PainTrendCharts.js';
import { progressWords } from './progress-words.js';
import { SessionPainChart } from './SessionPainChart.js';
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

export function ProgressReport(props: {
  readonly summary: ProgressSummary;
  readonly goal: number | null;
  /** Absent in a read-only view: the goal is shown, not picked. */
  readonly onGoal?: (sessionsPerWeek: number) => void;
  /** Absent in a read-only view: the check-ins are shown, no form to add one. */
  readonly onCheckIn?: (
    draft: CheckInDraft,
    current: CheckInProgress | null,
  ) => Promise<{ text: string; problem: boolean }>;
}) {
  const { onCheckIn } = props;
  const { summary } = props;
  const current = thisWeeksCheckIn(summary);
  const latest = summary.checkIns.at(-1);
  const hasSessions = summary.sessions.length > 0;
  return (
    <>
      {summary.harmReports.length > 0 ? (
        <Section title="Reports that something went wrong">
          <HarmReports reports={summary.harmReports} />
        </Section>
      ) : null}
      <Section title="Pain before and after each session">
        {hasSessions ? (
          <SessionPainChart sessions={summary.sessions} />
        ) : (
          <div className="progress-card">
            {onCheckIn ? (
              <>
                <p>{progressWords.noSessions}</p>
                <Link href="/" className="button">
                  Go to the start
                </Link>
              </>
            ) : (
              <p>{progressWords.noSessionsYet}</p>
            )}
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
        {onCheckIn ? (
          <p>
            Once a week, rate your pain and a few things your back makes hard. Comparing weeks shows
            whether things are really changing.
          </p>
        ) : summary.checkIns.length === 0 ? (
          <p>{progressWords.noCheckInsYet}</p>
        ) : null}
        <CheckInChanges checkIns={summary.checkIns} />
        {onCheckIn ? (
          <CheckInForm
            current={
              current ? { averagePain: current.averagePain, activities: current.activities } : null
            }
            previousNames={latest?.activities.map((activity) => activity.name) ?? []}
            onSave={(draft) => onCheckIn(draft, current)}
          />
        ) : null}
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
