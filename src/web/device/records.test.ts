import { describe, expect, it } from 'vitest';
import { triage } from '../../core/triage/index.js';
import { screenStatus } from '../safety/screen-status.js';
import { DeviceSafety } from './records.js';

describe('the safety screen kept on the device', () => {
  it('still reads a stop kept before results said "when", so it stays a stop', () => {
    const { when: _dropped, ...older } = triage({ 'bladder-change': true });
    const kept = DeviceSafety.parse({
      answers: { 'bladder-change': true },
      result: older,
      answeredAt: '2026-03-02T09:00:00.000Z',
    });
    expect(kept.result.when).toBe('now');
    expect(screenStatus(kept, new Date('2026-03-20T09:00:00.000Z'))).toBe('stopped');
  });

  it('keeps a correction and a clearance when there are any', () => {
    const answers = { age: 70, osteoporosis: true };
    const kept = DeviceSafety.parse({
      answers,
      result: triage(answers, { checkedOn: '2026-03-02' }),
      answeredAt: '2026-03-02T09:00:00.000Z',
      clearance: { checkedOn: '2026-03-02' },
    });
    expect(kept.clearance).toEqual({ checkedOn: '2026-03-02' });
    expect(kept.result.selfCareAllowed).toBe(true);
  });
});
