import { describe, expect, it } from 'vitest';
import { validatePlanRequest } from '../contracts/plan.js';
import { triage } from '../triage/triage.js';
import { buildPlan } from './build-plan.js';
import { lowBackIntoThigh, pointSteps } from './plan-fixtures.test-support.js';
import { stepBreaches, stepRulesFor } from './step-check.js';

const requestOf = (body: unknown) => {
  const checked = validatePlanRequest(body);
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
};

const request = requestOf({
  regions: lowBackIntoThigh,
  answers: {},
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium' },
});

const findings = [
  { triggerPoint: 'ql-crest-outer-point-left', tenderness: 2, reproducesPain: true },
  { triggerPoint: 'piriformis-point-right', tenderness: 3, reproducesPain: null },
] as const;

describe("a plan with the therapist's findings", () => {
  it('is the same plan as before when there are none', () => {
    expect(buildPlan(request, undefined, { findings: [] })).toEqual(buildPlan(request));
  });

  it('works the points found tender first, saying why, before the map’s guesses', () => {
    const plan = buildPlan(request, undefined, { findings });
    expect(
      pointSteps(plan)
        .slice(0, 3)
        .map((step) => [step.triggerPoint, step.why]),
    ).toEqual([
      [
        'ql-crest-outer-point-left',
        'Your therapist found this point tender. Pressing it brought on your usual pain. May explain the pain at the top of the back of your left thigh. It is step 3: the hip hiker (QL), deep in the low back.',
      ],
      [
        'piriformis-point-right',
        'Your therapist found this point tender. It is an extra point, outside the three steps.',
      ],
      [
        'glute-overlap-point-left',
        'May explain the pain in the left side of your low back and at the top of the back of your left thigh. It is step 1: the buttock point is the first place to try.',
      ],
    ]);
    // Found on the right only: the left piriformis, a weak guess, stays out as before.
    expect(plan.dropped.find((item) => item.id === 'piriformis-point-left')?.because).toBe(
      'outside-steps',
    );
  });

  it('keeps the points found tender when the time is short, leaving out the map’s guesses', () => {
    const short = buildPlan(
      { ...request, preferences: { ...request.preferences, minutes: 5 } },
      undefined,
      {
        findings,
      },
    );
    const worked = pointSteps(short).map((step) => step.triggerPoint);
    expect(worked.slice(0, 2)).toEqual(['ql-crest-outer-point-left', 'piriformis-point-right']);
    expect(
      short.dropped.filter((item) => item.because === 'time').map((item) => item.id),
    ).toContain('glute-overlap-point-left');
  });

  it('still never breaks a precaution for a point found tender', () => {
    // Pregnancy: no ball takes the weight at the waist; the QL point needs another way or none.
    const pregnant = requestOf({
      regions: lowBackIntoThigh,
      answers: { pregnant: true },
      preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium' },
    });
    const plan = buildPlan(pregnant, undefined, { findings });
    expect(plan.precautionsApplied.map((p) => p.id)).toContain('pregnancy');
    const rules = stepRulesFor({ answers: pregnant.answers, screen: triage(pregnant.answers) });
    expect(plan.steps.flatMap((step) => stepBreaches(step, rules))).toEqual([]);
    expect(pointSteps(plan)[0]?.triggerPoint).toBe('ql-crest-outer-point-left');
  });
});
