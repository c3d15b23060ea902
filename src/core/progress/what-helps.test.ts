import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoggedPoint, LoggedSession } from './types.js';
import { type HelpEstimate, whatHelpsMost } from './what-helps.js';

const point = (
  triggerPoint: string,
  technique: string | null,
  endedBy: LoggedPoint['endedBy'] = 'completed',
): LoggedPoint => ({ triggerPoint, technique, endedBy });

const session = (
  id: string,
  painBefore: number | null,
  painAfter: number | null,
  points: readonly LoggedPoint[],
): LoggedSession => ({ id, startedAt: '2024-03-04T08:00:00Z', painBefore, painAfter, points });

// Drops: a 3, b 1, c 5, d 0; e has no pain score before, so it counts for nothing.
const fixture: readonly LoggedSession[] = [
  session('a', 6, 3, [
    point('ql-upper', 'ball-hold'),
    point('glute-med', 'thumb-press', 'relief'),
    point('psoas', null, 'skipped'),
  ]),
  session('b', 5, 4, [
    point('ql-upper', 'ball-hold'),
    point('glute-med', 'thumb-press', 'too-much'),
  ]),
  session('c', 7, 2, [point('ql-upper', 'ball-hold'), point('ql-upper', 'ball-roll')]),
  session('d', 4, 4, [point('glute-med', 'ball-hold'), point('psoas', null)]),
  session('e', null, 3, [point('ql-upper', 'ball-hold')]),
];

const find = (list: readonly HelpEstimate[], id: string): HelpEstimate | undefined =>
  list.find((entry) => entry.id === id);

describe('what helps you most', () => {
  it('averages the drop in pain per point, best first, with the 95% interval', () => {
    const { triggerPoints } = whatHelpsMost(fixture);
    expect(triggerPoints.map((entry) => entry.id)).toEqual(['ql-upper', 'glute-med', 'psoas']);
    // ql-upper: drops 3, 1, 5 (c counts once though the point was worked twice).
    // mean 3, s = 2, s/sqrt(3) = 1.154701, t(0.975, 2) = 4.302653, half-width 4.968275
    expect(triggerPoints[0]).toMatchObject({ status: 'ready', sessions: 3, meanDrop: 3 });
    expect(triggerPoints[0]).toMatchObject({ smallestDrop: 1, largestDrop: 5 });
    const ql = triggerPoints[0];
    if (ql?.status !== 'ready') throw new Error('expected a ready estimate');
    expect(ql.low).toBeCloseTo(-1.968275, 6);
    expect(ql.high).toBeCloseTo(7.968275, 6);
    expect(ql.label).toBe('Pain fell 3 points on average over 3 sessions (likely range: -2 to 8).');
    // glute-med: drops 3, 1, 0 (relief and too-much both count as worked).
    // mean 4/3; squares 25/9 + 1/9 + 16/9 = 14/3; s = sqrt(7/3) = 1.527525; s/sqrt(3) = 0.881917
    // half-width 4.302653 * 0.881917 = 3.794583, so -2.461250 to 5.127916
    const glute = find(triggerPoints, 'glute-med');
    if (glute?.status !== 'ready') throw new Error('expected a ready estimate');
    expect(glute.meanDrop).toBeCloseTo(4 / 3, 12);
    expect(glute.low).toBeCloseTo(-2.46125, 5);
    expect(glute.high).toBeCloseTo(5.127916, 5);
  });

  it('does not count a session where the point was skipped, and says how many more are needed', () => {
    const psoas = find(whatHelpsMost(fixture).triggerPoints, 'psoas');
    expect(psoas).toEqual({
      id: 'psoas',
      status: 'not-enough-data',
      sessions: 1,
      sessionsNeeded: 2,
      label: 'Not enough data yet: 2 more sessions.',
    });
  });

  it('ranks techniques the same way, those nearest to enough data first among the rest', () => {
    const { techniques } = whatHelpsMost(fixture);
    // ball-hold: a 3 (ql-upper), b 1, c 5, d 0 (glute-med) -> mean 9/4
    expect(techniques.map((entry) => entry.id)).toEqual(['ball-hold', 'thumb-press', 'ball-roll']);
    expect(techniques[0]).toMatchObject({ status: 'ready', sessions: 4, meanDrop: 2.25 });
    expect(techniques[1]).toMatchObject({
      sessions: 2,
      label: 'Not enough data yet: 1 more session.',
    });
  });

  it('breaks ties by id and words a rise in pain as a rise', () => {
    const worse = [4, 5, 6].map((before, index) =>
      session(`w${index}`, before, before + 1, [point('zeta', null), point('alpha', null)]),
    );
    const { triggerPoints } = whatHelpsMost(worse);
    expect(triggerPoints.map((entry) => entry.id)).toEqual(['alpha', 'zeta']);
    // Drops -1, -1, -1: mean -1, interval -1 to -1, said as a rise of 1 to 1.
    expect(triggerPoints[0]?.label).toBe(
      'Pain rose 1 point on average over 3 sessions (likely range: 1 to 1).',
    );
  });

  it('has nothing to say before any session', () => {
    expect(whatHelpsMost([])).toEqual({ triggerPoints: [], techniques: [] });
  });
});

const painScore = fc.integer({ min: 0, max: 10 });
const sessionsWithPoint = fc.array(fc.tuple(painScore, painScore), { minLength: 3, maxLength: 25 });
const asSessions = (pairs: readonly (readonly [number, number])[]): LoggedSession[] =>
  pairs.map(([before, after], index) => session(`s${index}`, before, after, [point('ql', 'hold')]));

const meanDropOf = (sessions: readonly LoggedSession[]): number => {
  const entry = whatHelpsMost(sessions).triggerPoints[0];
  if (entry?.status !== 'ready') throw new Error('expected a ready estimate');
  return entry.meanDrop;
};

describe('what helps you most, for any history', () => {
  it('never lowers a point average when a session with a bigger drop is added', () => {
    fc.assert(
      fc.property(sessionsWithPoint, fc.nat(), (pairs, pick) => {
        const before = meanDropOf(asSessions(pairs));
        // Any whole drop from ceil(mean) to 10, logged as 10 before and 10 - drop after.
        const lowest = Math.max(0, Math.ceil(before));
        const drop = lowest + (pick % (11 - lowest));
        const more = [...asSessions(pairs), session('new', 10, 10 - drop, [point('ql', 'hold')])];
        expect(meanDropOf(more)).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('keeps each mean inside its interval and between the smallest and largest drop', () => {
    const anyPoint = fc.record({
      triggerPoint: fc.constantFrom('ql', 'glute', 'psoas', 'iliocostalis'),
      technique: fc.constantFrom('hold', 'roll', null),
      endedBy: fc.constantFrom('completed', 'relief', 'too-much', 'skipped'),
    }) as fc.Arbitrary<LoggedPoint>;
    const anySession = fc.record({
      before: fc.option(painScore),
      after: fc.option(painScore),
      points: fc.array(anyPoint, { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(anySession, { maxLength: 40 }), (drafts) => {
        const sessions = drafts.map((draft, index) =>
          session(`s${index}`, draft.before, draft.after, draft.points),
        );
        const { triggerPoints, techniques } = whatHelpsMost(sessions);
        for (const entry of [...triggerPoints, ...techniques]) {
          if (entry.status !== 'ready') continue;
          expect(entry.low).toBeLessThanOrEqual(entry.meanDrop);
          expect(entry.high).toBeGreaterThanOrEqual(entry.meanDrop);
          expect(entry.meanDrop).toBeGreaterThanOrEqual(entry.smallestDrop);
          expect(entry.meanDrop).toBeLessThanOrEqual(entry.largestDrop);
        }
        // Ready estimates come first, best mean first.
        const statuses = triggerPoints.map((entry) => entry.status);
        expect(statuses).toEqual(
          [...statuses].sort((a, b) => (a === b ? 0 : a === 'ready' ? -1 : 1)),
        );
        const means = triggerPoints.flatMap((entry) =>
          entry.status === 'ready' ? [entry.meanDrop] : [],
        );
        expect(means).toEqual([...means].sort((a, b) => b - a));
        // Each point counts the sessions with both scores where it was not skipped.
        for (const entry of triggerPoints) {
          const counted = sessions.filter(
            (s) =>
              s.painBefore !== null &&
              s.painAfter !== null &&
              s.points.some((p) => p.triggerPoint === entry.id && p.endedBy !== 'skipped'),
          ).length;
          expect(entry.sessions).toBe(counted);
        }
      }),
    );
  });
});
