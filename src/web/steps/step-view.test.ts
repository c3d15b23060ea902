import { describe, expect, it } from 'vitest';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { SessionStep } from '../../core/contracts/session-log.js';
import { techniqueStep } from '../session/sample-plan.js';
import { pointOf, stepView } from './step-view.js';

describe('what the player shows for a step', () => {
  it('shows the technique position, tool, dose and the point on the side being worked', () => {
    const view = stepView(techniqueStep('glute-point-ball-floor', 'both', 'floor'), 'right');
    expect(view.title).toBe('Ball on the buttock point, lying on the floor');
    expect(view.position).toBe('lying-on-back');
    expect(view.sideWords).toBe('Right side');
    expect(view.tools).toEqual(['Tennis ball']);
    expect(view.dose).toBe('Hold 10 seconds, 3 times');
    expect(view.point?.name).toMatch(/\(right\)$/);
    expect(view.point?.over).toEqual(findTriggerPoint('glute-overlap-point-right')?.over);
  });

  it('marks both sides of the pair when a step works them at once', () => {
    const both = pointOf('glute-overlap-point-left', null);
    expect(both?.name).toMatch(/both sides/);
    expect(both?.sides).toHaveLength(2);
    expect(both?.over).toEqual(
      expect.arrayContaining([
        ...(findTriggerPoint('glute-overlap-point-left')?.over ?? []),
        ...(findTriggerPoint('glute-overlap-point-right')?.over ?? []),
      ]),
    );
  });

  it('draws a step with no technique by where it is done, and marks no point', () => {
    const advice: SessionStep = {
      kind: 'advice',
      id: 'rest-note',
      triggerPoint: null,
      technique: null,
      step: null,
      side: null,
      tools: [],
      place: 'chair',
      dose: { mode: 'position', seconds: 0, reps: 0 },
      why: 'A short rest.',
    };
    const view = stepView(advice, null);
    expect(view.position).toBe('sitting');
    expect(view.point).toBeNull();
    expect(view.tools).toEqual([]);
    expect(view.positionText).toBe('Sit on a firm chair.');
    expect(view.sideWords).toBeNull();
  });
});
