// Pain before and after each of the latest sessions: a hollow dot before, a filled dot after,
// joined by a line, so a fall shows as a line going down. The same numbers sit in a table.
import type { SessionPain } from '../../core/progress/index.js';
import {
  chartFrame as frame,
  labelledIndexes,
  latest,
  painY,
  shortDate,
  slotX,
} from './chart-geometry.js';
import { PainChartFrame } from './PainChartFrame.js';
import { changeWords, scoreText } from './progress-words.js';
import { TableDetails } from './TableDetails.js';
import './progress-charts.css';

/** More would crowd a phone screen; the table and the exports hold the rest. */
export const MOST_SESSIONS_SHOWN = 20;

export function SessionPainChart({ sessions }: { readonly sessions: readonly SessionPain[] }) {
  const shown = latest(sessions, MOST_SESSIONS_SHOWN);
  const count = shown.length;
  const labelled = new Set(labelledIndexes(count, 4));
  const dotRadius = count > 12 ? 4 : 5.5;
  const title =
    count === 1
      ? 'Pain before and after your session'
      : count === sessions.length
        ? `Pain before and after each of your ${count} sessions`
        : `Pain before and after your last ${count} sessions`;
  return (
    <PainChartFrame
      caption={title}
      summary={`${title}. The table below has the same numbers.`}
      after={
        <>
          <p className="progress-legend" aria-hidden="true">
            <span className="progress-legend__item">
              <span className="progress-legend__before" /> Before
            </span>
            <span className="progress-legend__item">
              <span className="progress-legend__after" /> After
            </span>
          </p>
          <TableDetails caption={`${title}, pain from 0 to 10`}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((session) => (
                <tr key={session.sessionId}>
                  <th scope="row">{shortDate(session.date)}</th>
                  <td>{scoreText(session.painBefore)}</td>
                  <td>{scoreText(session.painAfter)}</td>
                  <td>{changeWords(session.painBefore, session.painAfter)}</td>
                </tr>
              ))}
            </tbody>
          </TableDetails>
        </>
      }
    >
      {shown.map((session, index) => {
        const x = slotX(index, count);
        const { painBefore: before, painAfter: after } = session;
        return (
          <g key={session.sessionId}>
            {before !== null && after !== null ? (
              <line
                className="progress-chart__change"
                x1={x}
                x2={x}
                y1={painY(before)}
                y2={painY(after)}
              />
            ) : null}
            {before !== null ? (
              <circle className="progress-chart__before" cx={x} cy={painY(before)} r={dotRadius} />
            ) : null}
            {after !== null ? (
              <circle className="progress-chart__after" cx={x} cy={painY(after)} r={dotRadius} />
            ) : null}
            {labelled.has(index) ? (
              <text
                className="progress-chart__label"
                x={x}
                y={frame.height - 8}
                textAnchor={
                  count > 1 && index === count - 1
                    ? 'end'
                    : count > 1 && index === 0
                      ? 'start'
                      : 'middle'
                }
              >
                {shortDate(session.date)}
              </text>
            ) : null}
          </g>
        );
      })}
    </PainChartFrame>
  );
}
