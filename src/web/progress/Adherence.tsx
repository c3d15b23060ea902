// Sessions each week against the weekly goal: the goal itself (the person sets it here), the
// streak, and a bar per recent week with its words ("2 of 3 planned sessions").
import { type ChangeEvent, useId } from 'react';
import type { Adherence as AdherenceSummary } from '../../core/progress/index.js';
import { shortDate } from './chart-geometry.js';

export const WEEKS_LISTED = 8;
const goals = Array.from({ length: 14 }, (_, i) => i + 1);

export function Adherence(props: {
  readonly adherence: AdherenceSummary;
  readonly goal: number | null;
  /** Absent in a read-only view: the goal is said, not picked. */
  readonly onGoal?: (sessionsPerWeek: number) => void;
}) {
  const { onGoal } = props;
  const ids = { goal: useId(), weeks: useId() };
  const { adherence } = props;
  const weeks = adherence.status === 'ready' ? adherence.weeks.slice(-WEEKS_LISTED).reverse() : [];
  return (
    <>
      {onGoal === undefined ? (
        <p>
          {props.goal === null
            ? 'No weekly goal set.'
            : `Aims for ${props.goal} ${props.goal === 1 ? 'session' : 'sessions'} each week.`}
        </p>
      ) : (
        <div className="progress-goal">
          <label htmlFor={ids.goal}>Sessions you aim for each week</label>
          <select
            id={ids.goal}
            value={props.goal ?? ''}
            onChange={(event: ChangeEvent<HTMLSelectElement>) => {
              const value = Number(event.target.value);
              if (value > 0) onGoal(value);
            }}
          >
            {props.goal === null ? <option value="">Pick a number</option> : null}
            {goals.map((goal) => (
              <option key={goal} value={goal}>
                {goal}
              </option>
            ))}
          </select>
        </div>
      )}
      {adherence.status === 'no-plan' ? (
        <p>Pick how many sessions you aim for, to see how your weeks compare.</p>
      ) : (
        <>
          <p className="progress-streak">{adherence.label}</p>
          {weeks.length > 0 ? (
            <ul className="week-list" id={ids.weeks} aria-label="Your recent weeks, newest first">
              {weeks.map((week) => (
                <li key={week.week} className="week-list__item" data-met={String(week.metPlan)}>
                  <span className="week-list__when">
                    {week.inProgress ? 'This week' : `Week of ${shortDate(week.startsOn)}`}
                  </span>
                  <span className="week-list__bar" aria-hidden="true">
                    <span style={{ width: `${week.percentShown}%` }} />
                  </span>
                  <span className="week-list__label">
                    {week.metPlan ? <span aria-hidden="true">✓ </span> : null}
                    {week.label}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </>
  );
}
