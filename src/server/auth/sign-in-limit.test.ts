import { describe, expect, it } from 'vitest';
import { SIGN_IN_WINDOW_MS, secondsUntilAllowed } from './sign-in-limit.js';

const t0 = Date.parse('2024-03-04T08:00:00Z');
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

describe('when the next sign-in attempt may come', () => {
  it('is when enough failures have left the 15-minute window', () => {
    const failures = [at(0), at(1), at(2), at(3), at(4)];
    // Five failures, limit five: the oldest must leave the window (at minute 15).
    expect(secondsUntilAllowed(failures, 5, at(5))).toBe(10 * 60);
    // Six failures: the two oldest must leave, the second at minute 16.
    expect(secondsUntilAllowed([...failures, at(4.5)], 5, at(5))).toBe(11 * 60);
  });

  it('is now when there are fewer failures than the limit', () => {
    expect(secondsUntilAllowed([at(0)], 5, at(1))).toBe(0);
  });

  it('is at least one second', () => {
    const failures = Array.from({ length: 5 }, () => new Date(t0));
    expect(secondsUntilAllowed(failures, 5, new Date(t0 + SIGN_IN_WINDOW_MS - 1))).toBe(1);
  });
});
