import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newSession, next } from '../session/index.js';
import { minutesOf, planMs, stepMs } from './estimate.js';
import { lowBackIntoThigh, planFor } from './plan-fixtures.test-support.js';

/** Runs the real session machine with nobody touching it, and reads when it asks for pain after. */
function handsFreeMs(steps: Parameters<typeof planMs>[0]): number {
  const started = next(newSession({ steps: [...steps] }), { type: 'start', at: 0 });
  if (!started.ok) throw new Error(started.message);
  const later = next(started.value.state, { type: 'tick', at: 10 * 60 * 60_000 });
  if (!later.ok) throw new Error(later.message);
  const { phase } = later.value.state;
  if (phase.kind !== 'pain-after') throw new Error(`session still ${phase.kind}`);
  return phase.since;
}

describe('the time estimate', () => {
  it('is exactly how long the session machine runs the plan when nobody taps anything', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom('floor', 'wall', 'public', 'chair'),
        fc.constantFrom('left', 'right', 'both', 'none'),
        (minutes, place, foot) => {
          const plan = planFor({
            regions: [...lowBackIntoThigh, { id: 'low-back-right', intensity: 4 }],
            answers: {},
            preferences: {
              tools: ['tennis-ball', 'bolster'],
              places: [place],
              bodySize: 'medium',
              minutes,
            },
            psoasCheck: { footTurnsOut: foot, shoulderLower: 'none' },
          });
          expect(planMs(plan.steps)).toBe(handsFreeMs(plan.steps));
          expect(plan.estimatedMinutes).toBe(minutesOf(handsFreeMs(plan.steps)));
          for (const step of plan.steps) {
            expect(step.estimatedSeconds).toBe(Math.round(stepMs(step) / 1000));
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('rounds up to whole minutes, so it never promises less than it takes', () => {
    expect(minutesOf(0)).toBe(0);
    expect(minutesOf(1)).toBe(1);
    expect(minutesOf(60_000)).toBe(1);
    expect(minutesOf(60_001)).toBe(2);
  });

  it('gives a point on one side 15 s to get ready, 3 holds of 10 s with 5 s rests, and 20 s to rate', () => {
    const [first] = planFor({
      regions: lowBackIntoThigh,
      answers: {},
      preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium' },
    }).steps;
    expect(first?.side).toBe('left');
    expect(stepMs(first!)).toBe(15_000 + 3 * 10_000 + 2 * 5_000 + 20_000);
  });
});

describe('cutting a plan to the minutes chosen', () => {
  const request = (minutes: number) =>
    ({
      regions: lowBackIntoThigh,
      answers: {},
      preferences: { tools: ['fists'], places: ['floor'], bodySize: 'medium', minutes },
      psoasCheck: { footTurnsOut: 'left', shoulderLower: 'left' },
    }) as const;

  it('keeps the releases and the top point longest, dropping points from the lowest rank up', () => {
    const roomy = planFor(request(60));
    const tight = planFor(request(10));
    expect(tight.steps.length).toBeLessThan(roomy.steps.length);
    expect(tight.steps[0]?.id).toBe(roomy.steps[0]?.id);
    const kinds = tight.steps.map((step) => step.kind);
    expect(kinds).toContain('trigger-point');
    const keptIds = new Set(tight.steps.map((step) => step.id));
    const roomyPoints = roomy.steps.filter((step) => step.kind === 'trigger-point');
    const best = [...roomyPoints].sort((a, b) => (b.score ?? 0) - (a.score ?? 0))[0]!;
    expect(keptIds.has(best.id)).toBe(true);
  });

  it('says which items were left out for time', () => {
    const tight = planFor(request(5));
    const forTime = tight.dropped.filter((item) => item.because === 'time');
    expect(forTime.length).toBeGreaterThan(0);
    expect(forTime.every((item) => item.reason.includes('5 minutes'))).toBe(true);
    expect(tight.estimatedMinutes).toBeLessThanOrEqual(5);
  });
});
