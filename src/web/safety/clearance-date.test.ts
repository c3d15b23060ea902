import { describe, expect, it } from 'vitest';
import { clearanceDayProblem, localDay } from './clearance-date.js';

describe("the day of a doctor's check", () => {
  const stoppedOn = '2026-03-02';
  const today = '2026-03-05';

  it('takes a real day from the stop up to today', () => {
    expect(clearanceDayProblem('2026-03-02', stoppedOn, today)).toBeNull();
    expect(clearanceDayProblem('2026-03-05', stoppedOn, today)).toBeNull();
  });

  it('refuses a blank, unreal, future or earlier day, saying why', () => {
    expect(clearanceDayProblem('', stoppedOn, today)).toMatch(/Please give the day/);
    expect(clearanceDayProblem('2026-02-30', stoppedOn, today)).toMatch(/real date/);
    expect(clearanceDayProblem('2026-03-06', stoppedOn, today)).toMatch(/after today/);
    expect(clearanceDayProblem('2026-03-01', stoppedOn, today)).toMatch(/on or after/);
  });

  it('writes the local day', () => {
    expect(localDay(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
