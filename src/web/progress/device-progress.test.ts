import { describe, expect, it } from 'vitest';
import { progressSummary } from '../../core/progress/index.js';
import { loggedSession } from '../sync/sync-fixtures.js';
import { deviceProgressInput, loggedSessionOf } from './device-progress.js';

const day = 86_400_000;
const now = new Date('2024-03-10T12:00:00Z');
const session = (n: number, before: number, after: number) =>
  loggedSession(`s${n}`, now.getTime() - (10 - n) * day, { before, after });

describe('progress from what the device holds', () => {
  it('reads each session as the statistics do: trigger points only, times as instants', () => {
    const log = session(1, 6, 3);
    const read = loggedSessionOf(log);
    expect(read.startedAt).toBe(new Date(log.startedAt).toISOString());
    expect(read.points.map((p) => p.triggerPoint)).toEqual(
      log.points.flatMap((p) => (p.triggerPoint === null ? [] : [p.triggerPoint])),
    );
  });

  it('gives the same figures the account would: drops per session, what helps after three sessions, weeks against the goal', () => {
    const input = deviceProgressInput({
      logs: [session(1, 6, 3), session(3, 6, 4), session(5, 5, 2)],
      checkIns: [],
      planCreatedAt: '2024-03-01T09:00:00.000Z',
      sessionsPerWeek: 3,
      now,
      utcOffsetMinutes: 60,
    });
    expect(input.plan).toEqual({ sessionsPerWeek: 3, startedOn: '2024-03-01' });
    const summary = progressSummary(input);
    if (!summary.ok) throw new Error(summary.message);
    expect(summary.value.sessions.map((s) => s.drop)).toEqual([3, 2, 3]);
    const [point] = summary.value.whatHelps.triggerPoints;
    expect(point?.status).toBe('ready');
    expect(point?.status === 'ready' && point.meanDrop).toBeCloseTo(8 / 3);
    expect(summary.value.adherence.status).toBe('ready');
  });

  it('has no plan to count against until the person picks a weekly goal', () => {
    const input = deviceProgressInput({
      logs: [],
      checkIns: [],
      planCreatedAt: '2024-03-01T09:00:00.000Z',
      sessionsPerWeek: null,
      now,
      utcOffsetMinutes: 0,
    });
    expect(input.plan).toBeNull();
  });
});
