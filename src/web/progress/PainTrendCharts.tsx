// Pain over time: the average pain before sessions day by day (a line, spaced by the
// calendar) and week by week (bars), each with the same numbers in a table.
import type { DailyPain, WeeklyPain } from '../../core/progress/index.js';
import { formatNumber } from '../../core/progress/index.js';
import {
  dayX,
  chartFrame as frame,
  labelledIndexes,
  latest,
  linePath,
  painY,
  plotWidth,
  shortDate,
  slotX,
} from './chart-geometry.js';
import { PainChartFrame } from './PainChartFrame.js';
import { TableDetails } from './TableDetails.js';
import './progress-charts.css';

export const DAYS_SHOWN = 56;
export const WEEKS_SHOWN = 12;

function Table(props: {
  readonly caption: string;
  readonly first: string;
  readonly rows: readonly { key: string; when: string; pain: number; sessions: number }[];
}) {
  return (
    <TableDetails caption={props.caption}>
      <thead>
        <tr>
          <th scope="col">{props.first}</th>
          <th scope="col">Average pain before</th>
          <th scope="col">Sessions</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.when}</th>
            <td>{formatNumber(row.pain)}</td>
            <td>{row.sessions}</td>
          </tr>
        ))}
      </tbody>
    </TableDetails>
  );
}

export function DailyPainChart({ days }: { readonly days: readonly DailyPain[] }) {
  const lastDay = days.at(-1)?.day ?? 0;
  const shown = days.filter((entry) => entry.day > lastDay - DAYS_SHOWN);
  const firstDay = shown[0]?.day ?? lastDay;
  const points = shown.map((entry) => ({
    x: dayX(entry.day, firstDay, lastDay),
    y: painY(entry.meanPainBefore),
  }));
  const labelled = new Set(labelledIndexes(shown.length, 4));
  const caption = 'Average pain before sessions, day by day';
  return (
    <PainChartFrame
      caption={caption}
      summary={`${caption}, over ${shown.length} ${shown.length === 1 ? 'day' : 'days'}. The table below has the same numbers.`}
      after={
        <Table
          caption={`${caption}, pain from 0 to 10`}
          first="Date"
          rows={shown.map((entry) => ({
            key: entry.date,
            when: shortDate(entry.date),
            pain: entry.meanPainBefore,
            sessions: entry.sessions,
          }))}
        />
      }
    >
      <path className="progress-chart__line" d={linePath(points)} />
      {shown.map((entry, index) => (
        <g key={entry.date}>
          <circle
            className="progress-chart__after"
            cx={points[index]?.x}
            cy={points[index]?.y}
            r={3.5}
          />
          {labelled.has(index) ? (
            <text
              className="progress-chart__label"
              x={points[index]?.x}
              y={frame.height - 8}
              textAnchor={
                shown.length > 1 && index === shown.length - 1
                  ? 'end'
                  : shown.length > 1 && index === 0
                    ? 'start'
                    : 'middle'
              }
            >
              {shortDate(entry.date)}
            </text>
          ) : null}
        </g>
      ))}
    </PainChartFrame>
  );
}

export function WeeklyPainChart({ weeks }: { readonly weeks: readonly WeeklyPain[] }) {
  const shown = latest(weeks, WEEKS_SHOWN);
  const count = shown.length;
  const barWidth = Math.min(28, (plotWidth(frame) / Math.max(1, count)) * 0.6);
  const labelled = new Set(labelledIndexes(count, 4));
  const caption = 'Average pain before sessions, week by week';
  return (
    <PainChartFrame
      caption={caption}
      summary={`${caption}, over ${count} ${count === 1 ? 'week' : 'weeks'}. The table below has the same numbers.`}
      after={
        <Table
          caption={`${caption}, pain from 0 to 10; each week starts on a Monday`}
          first="Week of"
          rows={shown.map((week) => ({
            key: week.week,
            when: shortDate(week.startsOn),
            pain: week.meanPainBefore,
            sessions: week.sessions,
          }))}
        />
      }
    >
      {shown.map((week, index) => {
        const x = slotX(index, count);
        const top = painY(week.meanPainBefore);
        return (
          <g key={week.week}>
            <rect
              className="progress-chart__bar"
              x={x - barWidth / 2}
              y={top}
              width={barWidth}
              height={Math.max(1, painY(0) - top)}
              rx={3}
            />
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
