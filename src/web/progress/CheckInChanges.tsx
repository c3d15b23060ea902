// What the latest check-in says against the first one and the one before: each change in
// words, marked when it is large enough to matter, with the source of that threshold; and
// every check-in in a table.
import type { ActivityChange, CheckInProgress, PainChange } from '../../core/progress/index.js';
import { ACTIVITY_CHANGE_SOURCE, PAIN_CHANGE_SOURCE } from '../../core/progress/index.js';
import { shortDate } from './chart-geometry.js';
import { progressWords } from './progress-words.js';
import { TableDetails } from './TableDetails.js';
import './check-in.css';

function Change({ change }: { readonly change: PainChange | ActivityChange }) {
  return (
    <li
      className="change"
      data-meaningful={String(change.meaningful)}
      data-direction={change.direction}
    >
      {change.meaningful ? (
        <span className="change__badge">
          {change.direction === 'better' ? 'Meaningful change: better' : 'Meaningful change: worse'}
        </span>
      ) : null}
      <span>{change.label}</span>
    </li>
  );
}

export function CheckInChanges({ checkIns }: { readonly checkIns: readonly CheckInProgress[] }) {
  const latest = checkIns.at(-1);
  if (latest === undefined) return null;
  // With two check-ins, the first one is also the one before: say it once.
  const previous = checkIns.length > 2 ? latest.painVsPrevious : null;
  const painChanges = [latest.painVsBaseline, previous].filter(
    (change): change is PainChange => change !== null,
  );
  // Against the first check-in the change has had longest to show; the last one may repeat it.
  const activityChanges = latest.activities.flatMap((activity) =>
    activity.vsBaseline ? [activity.vsBaseline] : [],
  );
  return (
    <div className="check-in-changes">
      <h3>Your latest check-in, {shortDate(latest.date)}</h3>
      {latest.isBaseline ? (
        <p>
          This is your first check-in. Next week you will see how your pain and activities changed.
        </p>
      ) : (
        <>
          <ul className="change-list">
            {painChanges.map((change) => (
              <Change key={change.label} change={change} />
            ))}
            {activityChanges.map((change) => (
              <Change key={change.label} change={change} />
            ))}
          </ul>
          <p className="progress-note">
            {progressWords.meaningfulSource}
            {activityChanges.length > 0 ? ` ${progressWords.activitySource}` : ''}
          </p>
          <p className="progress-source">
            Sources: {PAIN_CHANGE_SOURCE}.
            {activityChanges.length > 0 ? ` ${ACTIVITY_CHANGE_SOURCE}.` : ''}
          </p>
        </>
      )}
      <TableDetails
        summary="Show all check-ins as a table"
        caption="Your check-ins: average pain from 0 to 10, and activities from 0 to 10"
      >
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Average pain</th>
            <th scope="col">Activities</th>
          </tr>
        </thead>
        <tbody>
          {checkIns.map((checkIn) => (
            <tr key={checkIn.id}>
              <th scope="row">{shortDate(checkIn.date)}</th>
              <td>{checkIn.averagePain}</td>
              <td>
                {checkIn.activities.length === 0
                  ? 'none'
                  : checkIn.activities.map((a) => `${a.name}: ${a.score}`).join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </TableDetails>
    </div>
  );
}
