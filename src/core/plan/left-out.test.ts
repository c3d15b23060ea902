import { describe, expect, it } from 'vitest';
import { reportedHarmReason } from './left-out.js';
import { lowBackIntoThigh, planFor } from './plan-fixtures.test-support.js';

const request = {
  regions: lowBackIntoThigh,
  answers: {},
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'small' },
} as const;

const worksGluteal = (ids: readonly string[]) =>
  ids.some((id) => id.startsWith('glute-overlap-point'));

describe('a step reported as harmful', () => {
  const usual = planFor(request);
  const after = planFor({ ...request, leaveOut: ['glute-overlap-point-left'] });

  it('is in the plan before the report', () => {
    expect(usual.steps.some((step) => worksGluteal(step.triggerPoints))).toBe(true);
  });

  it('stays out of the plan on both sides, saying why', () => {
    expect(after.steps.some((step) => worksGluteal(step.triggerPoints))).toBe(false);
    const dropped = after.dropped.filter((item) => item.because === 'reported-harm');
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((item) => item.reason === reportedHarmReason)).toBe(true);
  });

  it('leaves the other steps in', () => {
    const others = usual.steps.filter((step) => !worksGluteal(step.triggerPoints));
    for (const step of others.slice(0, 2)) {
      expect(after.steps.map((kept) => kept.id)).toContain(step.id);
    }
  });

  it('leaves a movement out by its step id', () => {
    const movement = usual.steps.find((step) => step.kind === 'mobilisation');
    expect(movement).toBeDefined();
    const without = planFor({ ...request, leaveOut: [movement!.id] });
    expect(without.steps.map((step) => step.id)).not.toContain(movement!.id);
  });
});
