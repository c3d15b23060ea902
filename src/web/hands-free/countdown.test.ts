import { describe, expect, it } from 'vitest';
import { countdownDue } from './countdown.js';

describe('the get-ready countdown', () => {
  it('says 3, 2 and 1 once each as the clock passes the last three seconds', () => {
    const endsAt = 15_000;
    const said: number[] = [];
    let since = 0;
    for (let now = 250; now <= endsAt; now += 250) {
      const count = countdownDue(endsAt, since, now);
      if (count !== null) said.push(count);
      since = now;
    }
    expect(said).toEqual([3, 2, 1]);
  });

  it('says nothing before the last three seconds, and nothing twice in one tick', () => {
    expect(countdownDue(15_000, 0, 11_000)).toBeNull();
    expect(countdownDue(15_000, 12_000, 12_500)).toBeNull();
    expect(countdownDue(15_000, 11_900, 12_000)).toBe(3);
  });
});
