// The contract's POST /api/plan rules, checked on generated requests by an oracle that reads
// the content directly (not through stepBreaches), so the final check is tested, not trusted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Technique } from '../../content/schema.js';
import { triggerPoints } from '../../content/trigger-points.js';
import { regionIds } from '../body/regions.js';
import { isBackOfTrunk, onlyFrontOfTrunk } from '../body/trunk.js';
import type { PlanRequestInput, PlanResponse, PlanStep } from '../contracts/plan.js';
import { toolIds } from '../spec/index.js';
import { triage } from '../triage/triage.js';
import { activeLimits } from './limits.js';
import { mobilisationOf, planFor, techniqueOf } from './plan-fixtures.test-support.js';
import { closedRegions } from './skip-areas.js';
import { type StepRules, stepBreaches } from './step-check.js';

/** The oracle's own list of the back of the trunk (API contract: sacrum, SI joints, iliac crest included). */
const backOfTrunk = (id: string) =>
  /^(neck-base|between-shoulder-blades|shoulder-blade|thoracic-spine|mid-back|flank|low-back|lumbar-spine|iliac-crest|sacroiliac|sacrum|tailbone)(-left|-right)?$/.test(
    id,
  );
const backRegions = regionIds.filter(backOfTrunk);
const frontRegions = regionIds.filter((id) => onlyFrontOfTrunk([id]));
const anyRegion = fc.constantFrom(...regionIds);

/** Maps mostly on the back, sometimes anywhere, now and then only on the front. */
const regionsArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(
      fc.constantFrom(...backRegions, 'buttock-upper-left', 'buttock-lower-right', 'hip-side-left'),
      { minLength: 1, maxLength: 5 },
    ),
  },
  { weight: 2, arbitrary: fc.array(anyRegion, { minLength: 1, maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...frontRegions), { minLength: 1, maxLength: 4 }),
  },
);

/** Each limit on about a third of the time; no red flags, so most requests get a plan. */
const often = fc.oneof(
  { weight: 2, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);
const answersArb = fc.record(
  {
    'recent-spine-surgery': often,
    'skin-problem-at-site': often,
    'recent-fracture-at-site': often,
    'local-inflammation-at-site': often,
    osteoporosis: often,
    pregnant: often,
    'blood-thinners': often,
    'hernia-or-belly-surgery': often,
    'reduced-sensation': often,
    age: fc.integer({ min: 16, max: 95 }),
    'pain-now': fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

const requestArb = fc.record({
  regions: regionsArb.map((ids) => [...new Set(ids)].map((id) => ({ id, intensity: 6 }))),
  answers: answersArb,
  preferences: fc.record({
    // Every ball and the floor often, so body-weight work is on offer and the rules must bite.
    tools: fc.oneof(fc.constant([...toolIds]), fc.subarray([...toolIds], { minLength: 1 })),
    places: fc.oneof(
      fc.constant(['floor', 'wall', 'chair', 'bed', 'massage-table']),
      fc.subarray(['floor', 'wall', 'bed', 'massage-table', 'chair', 'public'], { minLength: 1 }),
    ),
    bodySize: fc.constantFrom('small', 'medium', 'large'),
    minutes: fc.constant(60),
  }),
  psoasCheck: fc.record({
    footTurnsOut: fc.constantFrom('left', 'right', 'both', 'none'),
    shoulderLower: fc.constantFrom('left', 'right', 'none'),
  }),
  skipRegions: fc.oneof(fc.constant([]), fc.array(anyRegion, { minLength: 1, maxLength: 2 })),
}) as fc.Arbitrary<PlanRequestInput>;

const limitsOf = (request: PlanRequestInput) =>
  activeLimits(request.answers as never, triage(request.answers as never).precautions);

/** Every region a point step may press: all a roll treats, else both sides of its points. */
function pressedByOracle(step: PlanStep, technique: Technique): string[] {
  const pairs = new Set(
    step.triggerPoints.map((id) => triggerPoints.find((p) => p.id === id)?.pair),
  );
  return triggerPoints
    .filter((point) =>
      technique.dose.mode === 'roll'
        ? technique.treats.includes(point.id as never)
        : pairs.has(point.pair),
    )
    .flatMap((point) => point.over);
}

const pressesOver = (technique: Technique, ...areas: string[]) =>
  technique.pressesOver.some((area) => areas.includes(area));

function checkRules(request: PlanRequestInput, plan: PlanResponse) {
  const limits = limitsOf(request);
  const marked = (request.skipRegions ?? []).length > 0;
  const siteLimit = limits.has('skip-marked-area') || limits.has('avoid-operated-area');
  if (plan.steps.length === 0) expect(plan.noSteps?.message.length).toBeGreaterThan(20);
  const frontOnly = onlyFrontOfTrunk(request.regions.map((r) => r.id));
  if (frontOnly) expect(plan.steps).toEqual([]);
  if (plan.selfCareAllowed && !frontOnly && siteLimit && !marked) {
    expect(plan.markAreas?.precautions.length).toBeGreaterThan(0);
  }
  for (const step of plan.steps) {
    if (step.kind === 'mobilisation') {
      const m = mobilisationOf(step);
      if (siteLimit && !marked) expect(m.pressesOver, m.id).toEqual([]);
      if (limits.has('avoid-operated-area')) expect(m.trunkMotion, m.id).toEqual([]);
      if (limits.has('pregnancy')) {
        expect(m.lyingOnBack, m.id).toBe(false);
        expect(m.purpose).not.toBe('psoas');
      }
      continue;
    }
    const t = techniqueOf(step);
    // A site precaution binds: no pressure step at all until the areas are named.
    expect(siteLimit && !marked, `${t.id} presses before the areas are marked`).toBe(false);
    if (limits.has('avoid-operated-area')) {
      expect(pressedByOracle(step, t).filter(backOfTrunk), t.id).toEqual([]);
    }
    if (limits.has('fragile-bones')) expect(t.bodyWeight, t.id).toBe(false);
    if (limits.has('start-gentle')) expect(t.bodyWeight, t.id).toBe(false);
    if (limits.has('pregnancy')) {
      expect(t.position).not.toBe('lying-on-back');
      expect(t.position).not.toBe('lying-face-down');
      expect(pressesOver(t, 'belly', 'groin', 'psoas'), t.id).toBe(false);
      expect(t.bodyWeight && pressesOver(t, 'flank'), `${t.id} puts weight at the waist`).toBe(
        false,
      );
    }
  }
}

describe('for every active precaution, no step of the plan breaks it', () => {
  it("agrees with the plan's own list of the back of the trunk", () => {
    for (const id of regionIds) expect(isBackOfTrunk(id), id).toBe(backOfTrunk(id));
  });

  it('holds on generated requests, and every step passes the final check', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const plan = planFor(request);
        checkRules(request, plan);
        const rules: StepRules = {
          limits: limitsOf(request),
          selfCareAllowed: plan.selfCareAllowed,
          closed: closedRegions((request.skipRegions ?? []) as never),
          areasMarked: (request.skipRegions ?? []).length > 0,
        };
        for (const step of plan.steps) expect(stepBreaches(step, rules)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('is not vacuous: each limit still meets plans with steps, some with body-weight work', () => {
    const seen = new Map<string, number>();
    let bodyWeight = 0;
    for (const request of fc.sample(requestArb, { numRuns: 500, seed: 12 })) {
      const plan = planFor(request);
      if (plan.steps.length === 0) continue;
      for (const id of limitsOf(request)) seen.set(id, (seen.get(id) ?? 0) + 1);
      if (plan.steps.some((s) => s.kind === 'trigger-point' && techniqueOf(s).bodyWeight))
        bodyWeight += 1;
    }
    for (const id of [
      'avoid-operated-area',
      'skip-marked-area',
      'fragile-bones',
      'pregnancy',
      'start-gentle',
    ]) {
      expect(seen.get(id) ?? 0, id).toBeGreaterThan(5);
    }
    expect(bodyWeight).toBeGreaterThan(5);
  });
});
