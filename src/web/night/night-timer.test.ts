import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockText,
  msLeft,
  POSITION_MINUTES,
  TRACTION_MAX_MINUTES,
  TRACTION_STOP_RULE,
  timerFor,
  tractionMinutes,
} from './night-timer.js';

describe('night timers', () => {
  it('time a rest in position for 10 minutes', () => {
    const timer = timerFor(POSITION_MINUTES, 1_000);
    expect(msLeft(timer, 1_000)).toBe(600_000);
    expect(msLeft(timer, 1_000 + 599_000)).toBe(1_000);
    expect(msLeft(timer, 1_000 + 700_000)).toBe(0);
  });

  it('never let hip hanging be set longer than 10 minutes, or shorter than 1', () => {
    expect(TRACTION_MAX_MINUTES).toBe(10);
    fc.assert(
      fc.property(fc.double(), (asked) => {
        const minutes = tractionMinutes(asked);
        expect(Number.isInteger(minutes)).toBe(true);
        expect(minutes).toBeGreaterThanOrEqual(1);
        expect(minutes).toBeLessThanOrEqual(10);
      }),
    );
    expect(tractionMinutes(11)).toBe(10);
    expect(tractionMinutes(8)).toBe(8);
  });

  it('show minutes and seconds, rounding up so 0:00 shows only at the end', () => {
    expect(clockText(600_000)).toBe('10:00');
    expect(clockText(59_000)).toBe('0:59');
    expect(clockText(100)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
  });

  it('carry the stop rule from the content', () => {
    expect(TRACTION_STOP_RULE).toMatch(/^If it hurts, stop/);
  });
});
