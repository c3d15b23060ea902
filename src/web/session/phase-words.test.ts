import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../core/contracts/session-log.js';
import { newSession, next, type SessionState } from '../../core/session/index.js';
import { fits } from './legal-events.js';
import { phaseWords } from './phase-words.js';
import { twoPointPlan } from './sample-plan.js';

const T0 = 1_000_000;

function run(events: readonly SessionEvent[]): SessionState {
  let state = newSession(twoPointPlan);
  for (const event of events) {
    const moved = next(state, event);
    if (!moved.ok) throw new Error(moved.message);
    state = moved.value.state;
  }
  return state;
}

describe('the words at the top of the player', () => {
  it('follow the session: position, hold n of 3, rest, and the step count', () => {
    const positioning = run([{ type: 'start', at: T0 }]);
    expect(phaseWords(positioning)).toEqual({
      now: 'Get into position',
      countdownLabel: 'until the first hold',
      progress: 'Step 1 of 2',
    });
    const holding = run([
      { type: 'start', at: T0 },
      { type: 'tick', at: T0 + 15_000 },
    ]);
    expect(phaseWords(holding).now).toBe('Hold 1 of 3');
    const resting = run([
      { type: 'start', at: T0 },
      { type: 'tick', at: T0 + 25_000 },
    ]);
    expect(phaseWords(resting).now).toBe('Rest');
    expect(phaseWords(resting).countdownLabel).toBe('until hold 2 of 3');
  });

  it('say "Paused" over what was going on, and "gently" after a first "too much"', () => {
    const paused = run([
      { type: 'start', at: T0 },
      { type: 'tick', at: T0 + 15_000 },
      { type: 'pause', at: T0 + 16_000 },
    ]);
    expect(phaseWords(paused).now).toBe('Paused: hold 1 of 3');
    const gentle = run([
      { type: 'start', at: T0 },
      { type: 'tick', at: T0 + 15_000 },
      { type: 'too-much', at: T0 + 16_000 },
      { type: 'tick', at: T0 + 26_000 },
    ]);
    expect(phaseWords(gentle).now).toBe('Hold 1 of 3, gently');
  });
});

describe('which buttons work', () => {
  it('offer "that helped" only once pressing has begun, and "back" not on the first point', () => {
    const positioning = run([{ type: 'start', at: T0 }]);
    expect(fits(positioning, 'relief-felt')).toBe(false);
    expect(fits(positioning, 'back')).toBe(false);
    expect(fits(positioning, 'ready')).toBe(true);
    expect(fits(positioning, 'pause')).toBe(true);
    expect(fits(positioning, 'resume')).toBe(false);
    const holding = run([
      { type: 'start', at: T0 },
      { type: 'tick', at: T0 + 15_000 },
    ]);
    expect(fits(holding, 'relief-felt')).toBe(true);
    expect(fits(holding, 'ready')).toBe(false);
    expect(fits(holding, 'back')).toBe(true);
  });

  it('offer only resume, skip and back while paused', () => {
    const paused = run([
      { type: 'start', at: T0 },
      { type: 'tick', at: T0 + 15_000 },
      { type: 'pause', at: T0 + 16_000 },
    ]);
    expect(fits(paused, 'resume')).toBe(true);
    expect(fits(paused, 'skip')).toBe(true);
    expect(fits(paused, 'pause')).toBe(false);
    expect(fits(paused, 'too-much')).toBe(false);
  });
});
