import { describe, expect, it } from 'vitest';
import { progressSummary } from './summary.js';
import type { LoggedPoint, LoggedSession } from './types.js';

const session = (
  id: string,
  startedAt: string,
  painBefore: number | null,
  painAfter: number | null,
): LoggedSession => ({
  id,
  startedAt,
  painBefore,
  painAfter,
  points: [{ triggerPoint: 'ql-upper', technique: 'ball-hold', endedBy: 'completed' }],
});

describe('the progress view in one call', () => {
  it('refuses a clock it cannot read, naming the field', () => {
    const base = { sessions: [], checkIns: [], plan: null };
    expect(
      progressSummary({ ...base, clock: { now: '2024-03-04T10:00:00Z', utcOffsetMinutes: 900 } }),
    ).toMatchObject({
      ok: false,
      code: 'invalid_clock',
      details: { field: 'utcOffsetMinutes' },
    });
    expect(progressSummary({ ...base, clock: { now: 'now', utcOffsetMinutes: 0 } })).toMatchObject({
      ok: false,
      code: 'invalid_clock',
      details: { field: 'now' },
    });
  });

  it('puts together series, trend, what helps, adherence and check-ins, listing what it left out', () => {
    const result = progressSummary({
      sessions: [
        session('s1', '2024-02-01T08:00:00Z', 7, 5),
        session('s2', '2024-02-26T08:00:00Z', 6, 4),
        session('s3', '2024-03-01T08:00:00Z', 6, 3),
        session('s4', '2024-03-03T08:00:00Z', 4, 2),
        session('broken', '2024-13-01T08:00:00Z', 4, 2),
        session('s1', '2024-03-02T08:00:00Z', 9, 0),
      ],
      checkIns: [
        { id: 'c1', at: '2024-02-26', averagePain: 6, activities: [{ name: 'Walking', score: 4 }] },
      ],
      plan: { sessionsPerWeek: 2, startedOn: '2024-02-26' },
      // 23:30 UTC on Sunday 3 March is Monday 4 March in Paris.
      clock: { now: '2024-03-03T23:30:00Z', utcOffsetMinutes: 60 },
    });
    if (!result.ok) throw new Error(result.message);
    const summary = result.value;
    expect(summary.today).toBe('2024-03-04');
    expect(summary.sessions.map((entry) => entry.sessionId)).toEqual(['s1', 's2', 's3', 's4']);
    expect(summary.ignored).toEqual([
      { kind: 'session', id: 'broken', reason: 'bad-date' },
      { kind: 'session', id: 's1', reason: 'duplicate-id' },
    ]);
    // Daily means 7 (1 Feb), 6 (26 Feb), 6 (1 Mar), 4 (3 Mar): all four in the overall trend;
    // the last 28 days (6 Feb to 4 Mar) leave out 1 February.
    expect(summary.trend.overall).toMatchObject({
      status: 'ready',
      days: 4,
      fromDate: '2024-02-01',
    });
    expect(summary.trend.recent).toMatchObject({
      status: 'ready',
      days: 3,
      fromDate: '2024-02-26',
    });
    // Drops 2, 2, 3, 2: mean 9/4.
    expect(summary.whatHelps.triggerPoints[0]).toMatchObject({
      id: 'ql-upper',
      sessions: 4,
      meanDrop: 2.25,
    });
    // Week 9 (26 Feb to 3 Mar): s2, s3, s4 = 3 of 2; week 10 has just begun with none.
    expect(summary.adherence).toMatchObject({ status: 'ready', currentStreak: 1 });
    expect(
      summary.adherence.status === 'ready' &&
        summary.adherence.weeks.map((w) => [w.week, w.sessions]),
    ).toEqual([
      ['2024-W09', 3],
      ['2024-W10', 0],
    ]);
    expect(summary.checkIns).toHaveLength(1);
  });

  it('handles three years of daily sessions with eight points each, every point rated', () => {
    // How fast is the benchmark's job (bench/progress.mjs); this checks the answer at that size.
    // 1100 days from 1 January 2022, pains following a fixed pattern (no randomness needed).
    const techniques = ['ball-hold', 'ball-roll', 'thumb-press', null];
    const sessions: LoggedSession[] = Array.from({ length: 1100 }, (_, day) => {
      const date = new Date(Date.UTC(2022, 0, 1 + day, 8));
      const points: LoggedPoint[] = Array.from({ length: 8 }, (_, index) => ({
        triggerPoint: `point-${(day + index) % 12}`,
        technique: techniques[(day * index) % 4] ?? null,
        endedBy: (day + index) % 9 === 0 ? 'skipped' : 'completed',
        rating: { eased: index % 2 === 0 },
      }));
      return {
        id: `s${day}`,
        startedAt: date.toISOString(),
        painBefore: 3 + (day % 6),
        painAfter: 2 + (day % 3),
        points,
      };
    });
    const input = {
      sessions,
      checkIns: [],
      plan: { sessionsPerWeek: 5 },
      clock: { now: '2025-01-05T12:00:00Z', utcOffsetMinutes: -300 },
    };
    const result = progressSummary(input);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.sessions).toHaveLength(1100);
    expect(result.value.whatHelps.triggerPoints).toHaveLength(12);
    expect(result.value.whatHelps.triggerPoints.every((entry) => entry.status === 'ready')).toBe(
      true,
    );
  });
});
