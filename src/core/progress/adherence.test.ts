import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adherenceByWeek, MAX_WEEKS_SHOWN } from './adherence.js';
import { dayFromDate } from './calendar.js';
import { placeSessions } from './placement.js';
import type { LoggedSession } from './types.js';

const sessionOn = (startedAt: string, index: number): LoggedSession => ({
  id: `s${index}`,
  startedAt,
  painBefore: null,
  painAfter: null,
  points: [],
});
const placedOn = (times: readonly string[], offset = 0) =>
  placeSessions(times.map(sessionOn), offset).placed;

describe('sessions per week against the plan', () => {
  // Plan: 3 a week from Friday 1 January 2021; today is Wednesday 13 January 2021.
  const placed = placedOn([
    '2020-12-31T10:00:00Z', // before the plan: not counted
    '2021-01-01T10:00:00Z',
    '2021-01-03T10:00:00Z', // Sunday: still 2020-W53
    '2021-01-05T10:00:00Z',
    '2021-01-06T10:00:00Z',
    '2021-01-08T10:00:00Z',
    '2021-01-10T10:00:00Z',
    '2021-01-11T10:00:00Z',
    '2021-01-20T10:00:00Z', // after today: not counted
  ]);
  const adherence = adherenceByWeek(
    placed,
    { sessionsPerWeek: 3, startedOn: '2021-01-01' },
    dayFromDate(2021, 1, 13),
    0,
  );

  it('counts weeks across the new year, with a smaller target in a first part-week', () => {
    if (adherence.status !== 'ready') throw new Error('expected adherence');
    expect(adherence.weeks).toEqual([
      // Friday to Sunday is 3 of 7 days: 3 x 3/7 = 1.29, rounded up to 2 sessions.
      {
        week: '2020-W53',
        startsOn: '2020-12-28',
        sessions: 2,
        planned: 2,
        ratio: 1,
        percentShown: 100,
        metPlan: true,
        inProgress: false,
        label: '2 of 2 planned sessions.',
      },
      // 4 of 3: the ratio says 1.33, the bar stops at 100%.
      {
        week: '2021-W01',
        startsOn: '2021-01-04',
        sessions: 4,
        planned: 3,
        ratio: 4 / 3,
        percentShown: 100,
        metPlan: true,
        inProgress: false,
        label: '4 of 3 planned sessions.',
      },
      {
        week: '2021-W02',
        startsOn: '2021-01-11',
        sessions: 1,
        planned: 3,
        ratio: 1 / 3,
        percentShown: 33,
        metPlan: false,
        inProgress: true,
        label: '1 of 3 planned sessions so far.',
      },
    ]);
  });

  it('does not break a streak for the week that is still going', () => {
    expect(adherence).toMatchObject({
      currentStreak: 2,
      longestStreak: 2,
      label: 'You met your plan 2 weeks in a row.',
    });
  });

  it('breaks a streak on a missed week and counts an already met current week', () => {
    // Plan 2 a week, no start date: weeks from the first session (Monday 1 April 2024).
    const times = [
      '2024-04-01',
      '2024-04-02',
      '2024-04-15',
      '2024-04-16',
      '2024-04-22',
      '2024-04-23',
      '2024-04-29',
      '2024-04-30',
    ];
    const result = adherenceByWeek(
      placedOn(times.map((day) => `${day}T09:00:00Z`)),
      { sessionsPerWeek: 2 },
      dayFromDate(2024, 4, 30),
      0,
    );
    if (result.status !== 'ready') throw new Error('expected adherence');
    expect(result.weeks.map((week) => week.sessions)).toEqual([2, 0, 2, 2, 2]);
    expect(result.currentStreak).toBe(3);
    expect(result.longestStreak).toBe(3);
  });

  it('counts a session in the week of the person clock', () => {
    // 23:30 UTC on Sunday 3 January 2021 is already Monday in Paris (UTC+1).
    const late = placedOn(['2021-01-03T23:30:00Z'], 60);
    const today = dayFromDate(2021, 1, 5);
    const paris = adherenceByWeek(late, { sessionsPerWeek: 1 }, today, 60);
    expect(paris.status === 'ready' && paris.weeks.map((w) => [w.week, w.sessions])).toEqual([
      ['2021-W01', 1],
    ]);
    const london = adherenceByWeek(
      placedOn(['2021-01-03T23:30:00Z'], 0),
      { sessionsPerWeek: 1 },
      today,
      0,
    );
    expect(london.status === 'ready' && london.weeks.map((w) => [w.week, w.sessions])).toEqual([
      ['2020-W53', 1],
      ['2021-W01', 0],
    ]);
  });

  it('asks for a plan when there is none, and shows no weeks before anything happened', () => {
    expect(adherenceByWeek([], null, 0, 0)).toEqual({
      status: 'no-plan',
      label: 'Make a plan to see how your weeks compare with it.',
    });
    expect(adherenceByWeek([], { sessionsPerWeek: 0 }, 0, 0).status).toBe('no-plan');
    expect(adherenceByWeek([], { sessionsPerWeek: 3 }, 0, 0)).toMatchObject({
      weeks: [],
      currentStreak: 0,
      label: 'No streak yet: each week you meet your plan adds one.',
    });
  });

  it('never gives a negative count, ratio or streak, and covers every week up to today', () => {
    const start = dayFromDate(2020, 11, 1);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 0, max: 220 }),
        (offsets, cadence, todayOffset) => {
          const times = offsets.map((days) => new Date((start + days) * 86_400_000).toISOString());
          const today = start + todayOffset;
          const result = adherenceByWeek(placedOn(times), { sessionsPerWeek: cadence }, today, 0);
          if (result.status !== 'ready') throw new Error('expected adherence');
          for (const week of result.weeks) {
            expect(week.sessions).toBeGreaterThanOrEqual(0);
            expect(week.ratio).toBeGreaterThanOrEqual(0);
            expect(week.percentShown).toBeGreaterThanOrEqual(0);
            expect(week.percentShown).toBeLessThanOrEqual(100);
            expect(week.planned).toBeGreaterThanOrEqual(1);
          }
          expect(result.currentStreak).toBeGreaterThanOrEqual(0);
          expect(result.longestStreak).toBeGreaterThanOrEqual(result.currentStreak);
          const counted = offsets.filter((days) => days <= todayOffset).length;
          expect(result.weeks.reduce((sum, week) => sum + week.sessions, 0)).toBe(counted);
          const keys = result.weeks.map((week) => week.week);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
    );
  });
});

describe('a plan from long ago', () => {
  it(`lists at most ${MAX_WEEKS_SHOWN} weeks, the latest, however old the plan`, () => {
    const adherence = adherenceByWeek(
      placedOn(['2099-12-30T10:00:00Z']),
      { sessionsPerWeek: 3, startedOn: '2000-01-01' },
      dayFromDate(2099, 12, 31),
      0,
    );
    if (adherence.status !== 'ready') throw new Error('expected adherence');
    expect(adherence.weeks).toHaveLength(MAX_WEEKS_SHOWN);
    expect(adherence.weeks.at(-1)).toMatchObject({ sessions: 1, inProgress: true });
    expect(adherence.weeks[0]?.planned).toBe(3);
  });
});
