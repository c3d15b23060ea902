import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { adjacentRegions, type RegionId, regionIds } from '../body/regions.js';
import { type PlanRequestInput, PlanResponse } from '../contracts/plan.js';
import { SessionStep } from '../contracts/session-log.js';
import { handTools, placeIds, safetyScreen, toolIds } from '../spec/index.js';
import { triage } from '../triage/triage.js';
import { defaultMinutes, minutesOf, planMs } from './estimate.js';
import { mobilisationOf, planFor, pointOf, techniqueOf } from './plan-fixtures.test-support.js';

const { questions } = safetyScreen;
const precautionQuestions = questions.filter(
  (q) => q.precaution !== undefined && (q.level === 'self-care-ok' || q.level === 'routine'),
);
const redFlags = questions.filter(
  (q) => q.type === 'boolean' && q.precaution === undefined && q.level !== 'self-care-ok',
);

/** Mostly "yes" to nothing alarming, so most runs get a plan; now and then a red flag. */
const rarely = fc.oneof(
  { weight: 40, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);

const answersArb = fc.record(
  {
    ...Object.fromEntries(precautionQuestions.map((q) => [q.id, fc.boolean()])),
    ...Object.fromEntries(redFlags.map((q) => [q.id, rarely])),
    'pulsing-belly': rarely,
    'dvt-now': rarely,
    age: fc.integer({ min: 10, max: 95 }),
    'pain-weeks': fc.integer({ min: 0, max: 100 }),
    'pain-now': fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: [] },
);

const regionArb = fc.constantFrom(...regionIds);

const requestArb: fc.Arbitrary<PlanRequestInput> = fc.record(
  {
    regions: fc.array(fc.record({ id: regionArb, intensity: fc.integer({ min: 0, max: 10 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    answers: answersArb,
    preferences: fc.record(
      {
        tools: fc.subarray([...toolIds], { minLength: 1 }),
        places: fc.subarray([...placeIds], { minLength: 1 }),
        bodySize: fc.constantFrom('small', 'medium', 'large'),
        minutes: fc.integer({ min: 5, max: 60 }),
        painfulSide: fc.constantFrom('left', 'right', 'both'),
      },
      { requiredKeys: ['tools', 'places', 'bodySize'] },
    ),
    psoasCheck: fc.record({
      footTurnsOut: fc.constantFrom('left', 'right', 'both', 'none'),
      shoulderLower: fc.constantFrom('left', 'right', 'none'),
    }),
    skipRegions: fc.array(regionArb, { maxLength: 2 }),
  },
  { requiredKeys: ['regions', 'answers', 'preferences'] },
) as fc.Arbitrary<PlanRequestInput>;

const activePrecautions = (request: PlanRequestInput) =>
  new Set(triage(request.answers as never).precautions.map((p) => p.id));

/** Where a step sits in the article's order: releases, steps 1-3, extra points, movement. */
const orderOf = (step: PlanResponse['steps'][number]): number => {
  if (step.kind === 'trigger-point') return 2 + (step.step ?? 4);
  const purpose = mobilisationOf(step).purpose;
  return purpose === 'psoas' ? 0 : purpose === 'piriformis' ? 1 : 7;
};

const runs = { numRuns: 300 };

describe('any plan, for any pain map, answers and preferences', () => {
  it('answers in the contract shape, and every step is one the session player can run', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const plan = planFor(request);
        expect(PlanResponse.safeParse(plan).success).toBe(true);
        for (const step of plan.steps) {
          expect(SessionStep.safeParse(step).success).toBe(true);
          expect(step.why.trim().length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('uses only the tools and places offered, the hands always included', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const tools = new Set([...request.preferences.tools, ...handTools]);
        for (const step of planFor(request).steps) {
          expect(request.preferences.places).toContain(step.place);
          for (const tool of step.tools) expect(tools.has(tool)).toBe(true);
          if (step.place === 'public') {
            expect(step.tools.every((tool) => handTools.includes(tool))).toBe(true);
          }
          if (step.kind === 'trigger-point') {
            const technique = techniqueOf(step);
            expect(technique.places).toContain(step.place);
            expect(step.tools.every((tool) => technique.tools.includes(tool))).toBe(true);
          } else {
            expect(mobilisationOf(step).places).toContain(step.place);
          }
        }
      }),
      runs,
    );
  });

  it('breaks no precaution, judged from the content fields of each step', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const active = activePrecautions(request);
        const skip = (request.skipRegions ?? []) as RegionId[];
        const closed = new Set<string>(skip.flatMap((id) => [id, ...adjacentRegions(id)]));
        for (const step of planFor(request).steps) {
          if (step.kind === 'mobilisation') {
            const m = mobilisationOf(step);
            if (active.has('pregnancy')) {
              expect(m.purpose).not.toBe('psoas');
              expect(m.lyingOnBack).toBe(false);
            }
            if (active.has('no-belly-pressure')) expect(m.purpose).not.toBe('psoas');
            continue;
          }
          const t = techniqueOf(step);
          const pressesAny = (...areas: string[]) => t.pressesOver.some((a) => areas.includes(a));
          if (active.has('gentle-pressure') || active.has('gentle-pressure-no-heat')) {
            expect(t.bodyWeight).toBe(false);
            expect(step.tools).not.toContain('lacrosse-ball');
            expect(step.tools).not.toContain('massage-block');
          }
          if (active.has('gentle-pressure')) expect(step.dose.seconds).toBeLessThan(10);
          if (active.has('fragile-bones'))
            expect(t.bodyWeight && pressesAny('spine', 'ribs')).toBe(false);
          if (active.has('pregnancy')) {
            expect(t.position).not.toBe('lying-on-back');
            expect(pressesAny('belly', 'groin', 'psoas')).toBe(false);
          }
          if (active.has('no-belly-pressure'))
            expect(pressesAny('belly', 'groin', 'psoas')).toBe(false);
          if (active.has('no-leg-pressure')) expect(pressesAny('leg')).toBe(false);
          for (const id of step.triggerPoints) {
            for (const region of pointOf(id).over) expect(closed.has(region)).toBe(false);
          }
        }
      }),
      runs,
    );
  });

  it("keeps the article's order: releases, then steps 1, 2, 3, extra points, then the movement", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const order = planFor(request).steps.map(orderOf);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      runs,
    );
  });

  it('never estimates more than the minutes chosen, and the estimate is the steps added up', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const plan = planFor(request);
        const minutes = request.preferences.minutes ?? defaultMinutes;
        expect(plan.estimatedMinutes).toBeLessThanOrEqual(minutes);
        expect(plan.estimatedMinutes).toBe(minutesOf(planMs(plan.steps)));
        const seconds = plan.steps.reduce((sum, step) => sum + step.estimatedSeconds, 0);
        expect(seconds).toBeLessThanOrEqual(minutes * 60);
      }),
      runs,
    );
  });

  it('gives no steps, and reasons instead, for emergency or urgent answers', () => {
    fc.assert(
      fc.property(requestArb, fc.constantFrom(...redFlags.map((q) => q.id)), (request, flag) => {
        const plan = planFor({ ...request, answers: { ...request.answers, [flag]: true } });
        if (plan.level === 'emergency' || plan.level === 'urgent') {
          expect(plan.selfCareAllowed).toBe(false);
          expect(plan.steps).toEqual([]);
          expect(plan.reasons.length).toBeGreaterThan(0);
        }
        expect(['emergency', 'urgent', 'routine']).toContain(plan.level);
      }),
      runs,
    );
  });

  it('says everything a person reads at reading grade 8 or lower', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const plan = planFor(request);
        const texts = [
          plan.psoas.message,
          ...plan.steps.flatMap((step) => [step.why, ...step.precautions.map((p) => p.change)]),
          ...plan.dropped.map((item) => item.reason),
          ...plan.precautionsApplied.map((applied) => applied.change),
        ];
        // Grade 8 as people round it: 8.04 still reads as grade 8.
        for (const text of texts) expect(fleschKincaidGrade(text), text).toBeLessThan(8.05);
      }),
      runs,
    );
  });

  it('names each point step once per side, so progress can tell the sides apart', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const worked = planFor(request).steps.flatMap((step) => step.triggerPoints);
        expect(new Set(worked).size).toBe(worked.length);
      }),
      runs,
    );
  });
});

describe('the generated requests', () => {
  // Guards the properties above from passing on empty plans: each precaution must show up in
  // plans that still have steps, with body-weight work offered (floor and a ball).
  it('reach plans with steps under every precaution the plan honours', () => {
    const seen = new Set<string>();
    let withSteps = 0;
    const samples = fc.sample(requestArb, { numRuns: 600, seed: 7 });
    for (const request of samples) {
      const plan = planFor(request);
      if (plan.steps.length === 0) continue;
      withSteps += 1;
      for (const precaution of plan.precautions) seen.add(precaution.id);
    }
    expect(withSteps).toBeGreaterThan(samples.length / 3);
    for (const id of ['gentle-pressure', 'fragile-bones', 'pregnancy', 'no-belly-pressure']) {
      expect(seen.has(id), id).toBe(true);
    }
  });
});
