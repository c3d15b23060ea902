import { describe, expect, it } from 'vitest';
import { triage } from '../../core/triage/index.js';
import { withChangeReported } from './reopen-screen.js';
import { type SafetyRecordValue, screenLifetimeMs, screenStatus } from './screen-status.js';

const answeredAt = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(answeredAt.getTime() + ms);

const record = (answers: SafetyRecordValue['answers']): SafetyRecordValue => ({
  answers,
  result: triage(answers),
  answeredAt: answeredAt.toISOString(),
  changeReportedAt: null,
});

describe('whether a safety screen still opens plan and session', () => {
  it('is missing when nothing was answered on this device', () => {
    expect(screenStatus(null, answeredAt)).toBe('missing');
  });

  it('stays current up to exactly 7 days, and goes stale a moment later', () => {
    const screen = record({ age: 40 });
    expect(screenStatus(screen, answeredAt)).toBe('current');
    expect(screenStatus(screen, later(6 * 24 * 3600 * 1000))).toBe('current');
    expect(screenStatus(screen, later(screenLifetimeMs))).toBe('current');
    expect(screenStatus(screen, later(screenLifetimeMs + 1))).toBe('stale');
    expect(screenStatus(screen, later(30 * 24 * 3600 * 1000))).toBe('stale');
  });

  it('is stale when its time is in the future or cannot be read', () => {
    expect(screenStatus(record({}), later(-60_000))).toBe('stale');
    expect(screenStatus({ ...record({}), answeredAt: 'last week' }, answeredAt)).toBe('stale');
  });

  it('asks again once a change is reported after it was answered', () => {
    const changed = withChangeReported(record({ age: 40 }), later(3600_000));
    expect(screenStatus(changed, later(3600_000))).toBe('changed');
    expect(screenStatus(changed, later(2 * 3600_000))).toBe('changed');
    const before = { ...record({}), changeReportedAt: later(-3600_000).toISOString() };
    expect(screenStatus(before, later(1000))).toBe('current');
  });

  it('asks for a full screen, not just the red flags, when an old one also had a change', () => {
    const changed = withChangeReported(record({}), later(1000));
    expect(screenStatus(changed, later(screenLifetimeMs + 1))).toBe('stale');
  });

  it('keeps a stop however old it is and whatever changed, until the screen is answered again', () => {
    for (const answers of [{ 'saddle-numbness': true }, { fever: true }, { age: 12 }]) {
      const stop = record(answers);
      expect(screenStatus(stop, answeredAt)).toBe('stopped');
      expect(screenStatus(stop, later(screenLifetimeMs * 10))).toBe('stopped');
      expect(screenStatus(withChangeReported(stop, later(1)), later(2))).toBe('stopped');
    }
  });

  it('lets routine results with precautions through, since self-care may go on', () => {
    expect(
      screenStatus(record({ 'cancer-history': true, 'blood-thinners': true }), answeredAt),
    ).toBe('current');
  });
});
