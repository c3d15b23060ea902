import { describe, expect, it } from 'vitest';
import { dayFromDate } from './calendar.js';
import { dailyPain, painTrend, sessionPainSeries, weeklyPain } from './pain-trend.js';
import { placeSessions } from './placement.js';
import type { LoggedSession } from './types.js';

const session = (
  id: string,
  startedAt: string,
  painBefore: number | null,
  painAfter: number | null,
): LoggedSession => ({ id, startedAt, painBefore, painAfter, points: [] });

// Monday 4 March 2024 starts ISO week 10 (1 January 2024 was a Monday).
const fixture = [
  session('s4', '2024-03-11T08:00:00Z', 3, null),
  session('s1', '2024-03-04T08:00:00Z', 6, 4),
  session('s3', '2024-03-06T08:00:00Z', 5, 2),
  session('s2', '2024-03-04T19:00:00Z', 4, 3),
  session('s5', '2024-03-12T08:00:00Z', null, 2),
];
const placed = placeSessions(fixture, 0).placed;

describe('pain before and after each session', () => {
  it('lists sessions in time order with their local date, week and drop', () => {
    const series = sessionPainSeries(placed);
    expect(series.map((entry) => entry.sessionId)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(series[0]).toEqual({
      sessionId: 's1',
      startedAt: '2024-03-04T08:00:00Z',
      date: '2024-03-04',
      week: '2024-W10',
      painBefore: 6,
      painAfter: 4,
      drop: 2,
    });
    expect(series.map((entry) => entry.drop)).toEqual([2, 1, 3, null, null]);
  });

  it('dates a late-evening session by the person clock, not by UTC', () => {
    const late = placeSessions([session('x', '2024-03-10T23:30:00Z', 5, 4)], 60).placed;
    expect(sessionPainSeries(late)[0]).toMatchObject({ date: '2024-03-11', week: '2024-W11' });
  });
});

describe('pain over days and weeks', () => {
  it('averages pain before sessions per day, leaving out days with no score before', () => {
    // 4 March: (6 + 4) / 2 = 5; 6 March: 5; 11 March: 3; 12 March has no score before.
    expect(
      dailyPain(placed).map(({ date, meanPainBefore, sessions }) => [
        date,
        meanPainBefore,
        sessions,
      ]),
    ).toEqual([
      ['2024-03-04', 5, 2],
      ['2024-03-06', 5, 1],
      ['2024-03-11', 3, 1],
    ]);
  });

  it('averages pain before sessions per ISO week', () => {
    // week 10: (6 + 4 + 5) / 3 = 5; week 11: 3
    expect(weeklyPain(placed)).toEqual([
      { week: '2024-W10', startsOn: '2024-03-04', meanPainBefore: 5, sessions: 3 },
      { week: '2024-W11', startsOn: '2024-03-11', meanPainBefore: 3, sessions: 1 },
    ]);
  });

  it('keeps week 53 of 2020 apart from week 1 of 2021', () => {
    const turn = placeSessions(
      [
        session('a', '2020-12-31T10:00:00Z', 8, 6),
        session('b', '2021-01-03T10:00:00Z', 6, 5),
        session('c', '2021-01-04T10:00:00Z', 4, 3),
      ],
      0,
    ).placed;
    expect(weeklyPain(turn).map((week) => [week.week, week.meanPainBefore])).toEqual([
      ['2020-W53', 7],
      ['2021-W01', 4],
    ]);
  });
});

describe('the pain trend in points per week', () => {
  it('fits a least-squares line through the daily means', () => {
    // Days 0, 2, 7 with means 5, 5, 3: mean day 3, mean pain 13/3.
    // Sum of products (-3)(2/3) + (-1)(2/3) + (4)(-4/3) = -8; sum of squares 9 + 1 + 16 = 26.
    // -8/26 points a day = -28/13 = -2.153846 points a week.
    const trend = painTrend(dailyPain(placed));
    expect(trend).toMatchObject({
      status: 'ready',
      days: 3,
      fromDate: '2024-03-04',
      toDate: '2024-03-11',
      direction: 'going down',
      label: 'Pain is going down, by about 2.2 points a week.',
    });
    if (trend.status !== 'ready') throw new Error('expected a trend');
    expect(trend.slopePerWeek).toBeCloseTo(-28 / 13, 12);
  });

  it('calls a slope under 0.1 points a week flat, and a rise going up', () => {
    const at = (day: number, meanPainBefore: number) => ({
      date: '',
      day,
      meanPainBefore,
      sessions: 1,
    });
    // 0.05 points a day rise is 0.35 a week; 0.01 a day is 0.07 a week.
    expect(painTrend([at(0, 4), at(10, 4.5), at(20, 5)])).toMatchObject({
      direction: 'going up',
      label: 'Pain is going up, by about 0.4 points a week.',
    });
    expect(painTrend([at(0, 4), at(10, 4.1), at(20, 4.2)])).toMatchObject({
      direction: 'flat',
      label: 'Pain is about the same from week to week.',
    });
  });

  it('waits for pain scores on three days, and can look at a window of days only', () => {
    const daily = dailyPain(placed);
    expect(painTrend(daily.slice(0, 2))).toEqual({
      status: 'not-enough-data',
      days: 2,
      daysNeeded: 1,
      label: 'Not enough data yet: pain scores on 1 more day.',
    });
    const window = { fromDay: dayFromDate(2024, 3, 5), toDay: dayFromDate(2024, 3, 31) };
    expect(painTrend(daily, window)).toMatchObject({ status: 'not-enough-data', days: 2 });
  });
});
