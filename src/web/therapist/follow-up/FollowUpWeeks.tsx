// Weeks of a client's follow-up: sessions done against sessions planned (a bar per week with
// its words), and pain before and after sessions by week (a chart), each with its table.
import type { FollowUpWeek } from '../../../core/contracts/therapist-work.js';
import { formatNumber } from '../../../core/progress/index.js';
import {
  chartFrame as frame,
  labelledIndexes,
  latest,
  painY,
  plotWidth,
  shortDate,
  slotX,
} from '../../progress/chart-geometry.js';
import { PainChartFrame } from '../../progress/PainChartFrame.js';
import { TableDetails } from '../../progress/TableDetails.js';
import '../../progress/progress.css';
import '../../progress/progress-charts.css';
import './follow-up.css';

const WEEKS_SHOWN = 12;

const weekName = (week: FollowUpWeek): string =>
  week.inProgress ? 'This week' : `Week of ${shortDate(week.startsOn)}`;

export function sessionsWords(week: Pick<FollowUpWeek, 'sessions' | 'planned'>): string {
  const done = `${week.sessions} ${week.sessions === 1 ? 'session' : 'sessions'}`;
  return week.planned === null ? done : `${week.sessions} of ${week.planned} planned sessions`;
}

export function SessionsByWeek({ weeks }: { readonly weeks: readonly FollowUpWeek[] }) {
  const shown = latest(weeks, 8).reverse();
  return (
    <>
      <ul className="week-list" aria-label="Recent weeks, newest first">
        {shown.map((week) => {
          const share =
            week.planned === null || week.planned === 0
              ? Math.min(1, week.sessions / 7)
              : Math.min(1, week.sessions / week.planned);
          return (
            <li key={week.week} className="week-list__item" data-met={String(week.metPlan)}>
              <span className="week-list__when">{weekName(week)}</span>
              <span className="week-list__bar" aria-hidden="true">
                <span style={{ width: `${Math.round(share * 100)}%` }} />
              </span>
              <span className="week-list__label">
                {week.metPlan === true ? <span aria-hidden="true">✓ </span> : null}
                {sessionsWords(week)}
                {week.metPlan === true ? ' (met the plan)' : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <TableDetails caption="Sessions done and planned, by week">
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Done</th>
            <th scope="col">Planned</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((week) => (
            <tr key={week.week}>
              <th scope="row">{weekName(week)}</th>
              <td>{week.sessions}</td>
              <td>{week.planned === null ? 'No plan' : formatNumber(week.planned)}</td>
            </tr>
          ))}
        </tbody>
      </TableDetails>
    </>
  );
}

export function PainByWeek({ weeks }: { readonly weeks: readonly FollowUpWeek[] }) {
  const shown = latest(
    weeks.filter((week) => week.meanPainBefore !== null || week.meanPainAfter !== null),
    WEEKS_SHOWN,
  );
  if (shown.length === 0) return <p>No pain scores yet.</p>;
  const count = shown.length;
  const barWidth = Math.min(24, (plotWidth(frame) / Math.max(1, count)) * 0.5);
  const labelled = new Set(labelledIndexes(count, 4));
  const caption = 'Average pain before (bars) and after (dots) sessions, week by week';
  const number = (value: number | null) => (value === null ? 'none' : formatNumber(value));
  return (
    <PainChartFrame
      caption={caption}
      summary={`${caption}, over ${count} ${count === 1 ? 'week' : 'weeks'}. The table below has the same numbers.`}
      after={
        <TableDetails caption={`${caption}, pain from 0 to 10; each week starts on a Monday`}>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Pain before</th>
              <th scope="col">Pain after</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((week) => (
              <tr key={week.week}>
                <th scope="row">{shortDate(week.startsOn)}</th>
                <td>{number(week.meanPainBefore)}</td>
                <td>{number(week.meanPainAfter)}</td>
              </tr>
            ))}
          </tbody>
        </TableDetails>
      }
    >
      {shown.map((week, index) => {
        const x = slotX(index, count);
        const top = week.meanPainBefore === null ? null : painY(week.meanPainBefore);
        return (
          <g key={week.week}>
            {top === null ? null : (
              <rect
                className="progress-chart__bar"
                x={x - barWidth / 2}
                y={top}
                width={barWidth}
                height={Math.max(1, painY(0) - top)}
                rx={3}
              />
            )}
            {week.meanPainAfter === null ? null : (
              <circle className="follow-up__after" cx={x} cy={painY(week.meanPainAfter)} r={5} />
            )}
            {labelled.has(index) ? (
              <text
                className="progress-chart__label"
                x={x}
                y={frame.height - 8}
                textAnchor="middle"
              >
                {shortDate(week.startsOn)}
              </text>
            ) : null}
          </g>
        );
      })}
    </PainChartFrame>
  );
}
