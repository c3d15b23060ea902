import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { progressSummary } from '../../core/progress/index.js';
import { tagsNamed, textOf } from '../body-map/rendered-markup.js';
import { loggedSession } from '../sync/sync-fixtures.js';
import { CheckInChanges } from './CheckInChanges.js';
import { deviceProgressInput } from './device-progress.js';
import { DailyPainChart, WeeklyPainChart } from './PainTrendCharts.js';
import { progressWords } from './progress-words.js';
import { MOST_SESSIONS_SHOWN, SessionPainChart } from './SessionPainChart.js';
import { WhatHelps } from './WhatHelps.js';

const day = 86_400_000;
const now = new Date('2024-03-31T12:00:00Z');

function summaryOf(
  pains: readonly [number, number][],
  checkIns: Parameters<typeof deviceProgressInput>[0]['checkIns'] = [],
) {
  const logs = pains.map(([before, after], i) =>
    loggedSession(`s${i}`, now.getTime() - (pains.length - i) * day, { before, after }),
  );
  const made = progressSummary(
    deviceProgressInput({
      logs,
      checkIns,
      planCreatedAt: null,
      sessionsPerWeek: null,
      now,
      utcOffsetMinutes: 0,
    }),
  );
  if (!made.ok) throw new Error(made.message);
  return made.value;
}

describe('the progress charts', () => {
  it('draws a hollow dot before and a filled dot after each session, with the same numbers in a table', () => {
    const summary = summaryOf([
      [6, 3],
      [5, 5],
      [7, 4],
    ]);
    const markup = renderToStaticMarkup(<SessionPainChart sessions={summary.sessions} />);
    const svg = tagsNamed(markup, 'svg')[0];
    expect(svg?.role).toBe('img');
    expect(
      tagsNamed(markup, 'circle').filter((c) => c.class === 'progress-chart__before'),
    ).toHaveLength(3);
    expect(
      tagsNamed(markup, 'circle').filter((c) => c.class === 'progress-chart__after'),
    ).toHaveLength(3);
    const text = textOf(markup);
    expect(text).toContain('Show as a table');
    expect(text).toContain('6 3 3 lower');
    expect(text).toContain('5 5 the same');
    expect(text).toContain('7 4 3 lower');
  });

  it('shows only the latest sessions when there are many, and says so', () => {
    const many = Array.from({ length: 30 }, () => [6, 4] as [number, number]);
    const markup = renderToStaticMarkup(<SessionPainChart sessions={summaryOf(many).sessions} />);
    expect(textOf(markup)).toContain(`your last ${MOST_SESSIONS_SHOWN} sessions`);
    expect(tagsNamed(markup, 'tr')).toHaveLength(MOST_SESSIONS_SHOWN + 1);
  });

  it('draws pain by day as a line and by week as bars, each with a table', () => {
    const summary = summaryOf(
      Array.from({ length: 15 }, (_, i) => [8 - Math.floor(i / 3), 3] as [number, number]),
    );
    const daily = renderToStaticMarkup(<DailyPainChart days={summary.painByDay} />);
    expect(tagsNamed(daily, 'path').filter((p) => p.class === 'progress-chart__line')).toHaveLength(
      1,
    );
    expect(tagsNamed(daily, 'tr')).toHaveLength(16);
    const weekly = renderToStaticMarkup(<WeeklyPainChart weeks={summary.painByWeek} />);
    expect(tagsNamed(weekly, 'rect')).toHaveLength(summary.painByWeek.length);
    expect(textOf(weekly)).toContain('each week starts on a Monday');
  });

  it('names points and techniques in what helps, with the average drop and range, or how many sessions are missing', () => {
    const ready = renderToStaticMarkup(
      <WhatHelps
        whatHelps={
          summaryOf([
            [6, 3],
            [6, 4],
            [5, 2],
          ]).whatHelps
        }
      />,
    );
    expect(textOf(ready)).toMatch(/Buttock point.*\(your left\)/);
    expect(textOf(ready)).toContain(
      'Pain fell 2.7 points on average over 3 sessions (likely range:',
    );
    expect(textOf(ready)).toContain('95% confidence interval');
    const early = renderToStaticMarkup(<WhatHelps whatHelps={summaryOf([[6, 3]]).whatHelps} />);
    expect(textOf(early)).toContain('Not enough data yet: 2 more sessions.');
  });

  it('marks a meaningful change in the check-ins and cites Farrar et al. 2001', () => {
    const summary = summaryOf(
      [],
      [
        { id: 'c1', at: '2024-03-10', averagePain: 8, activities: [{ name: 'Driving', score: 2 }] },
        { id: 'c2', at: '2024-03-24', averagePain: 5, activities: [{ name: 'Driving', score: 5 }] },
      ],
    );
    const text = textOf(renderToStaticMarkup(<CheckInChanges checkIns={summary.checkIns} />));
    expect(text).toContain('Meaningful change: better');
    expect(text).toContain(
      'Average pain is 3 points lower than at your first check-in (38% lower): a meaningful change.',
    );
    expect(text).toContain('Farrar JT et al. 2001');
    expect(text).toContain('Driving: 3 points better');
  });

  it('keeps its own sentences plain (reading grade 8 or lower)', () => {
    for (const sentence of Object.values(progressWords)) {
      expect(fleschKincaidGrade(sentence), sentence).toBeLessThanOrEqual(8);
    }
  });
});
