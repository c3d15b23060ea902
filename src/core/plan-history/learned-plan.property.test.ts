import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { techniques } from '../../content/techniques.js';
import { triggerPoints } from '../../content/trigger-points.js';
import { regionIds } from '../body/regions.js';
import { type PlanInput, PlanResponse, validatePlanRequest } from '../contracts/plan.js';
import { buildPlan, gentleHoldSeconds, stepBreaches, stepRulesFor } from '../plan/index.js';
import type { LoggedSession } from '../progress/index.js';
import { placeIds, safetyScreen, toolIds } from '../spec/index.js';
import { triage } from '../triage/triage.js';
import { learnedPlan } from './index.js';
import { clock } from './learned-plan.test-support.js';

const precautionQuestions = safetyScreen.questions.filter(
  (q) => q.precaution !== undefined && (q.level === 'self-care-ok' || q.level === 'routine'),
);

const requestArb: fc.Arbitrary<PlanInput> = fc
  .record({
    regions: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...regionIds), intensity: fc.integer({ min: 1, max: 10 }) }),
      { minLength: 1, maxLength: 6, selector: (mark) => mark.id },
    ),
    answers: fc.record(
      {
        ...Object.fromEntries(precautionQuestions.map((q) => [q.id, fc.boolean()])),
        age: fc.integer({ min: 18, max: 90 }),
        'pain-now': fc.integer({ min: 0, max: 10 }),
      },
      { requiredKeys: [] },
    ),
    preferences: fc.record({
      tools: fc.subarray([...toolIds], { minLength: 1 }),
      places: fc.subarray([...placeIds], { minLength: 1 }),
      bodySize: fc.constantFrom('small', 'medium', 'large'),
      minutes: fc.integer({ min: 5, max: 60 }),
    }),
    skipRegions: fc.array(fc.constantFrom(...regionIds), { maxLength: 2 }),
  })
  .map((body) => {
    const checked = validatePlanRequest(body);
    if (!checked.ok) throw new Error(checked.message);
    return checked.value;
  });

const pointArb = fc.constantFrom(...triggerPoints.map((point) => point.id)).chain((id) =>
  fc.record({
    triggerPoint: fc.constant(id),
    technique: fc.constantFrom(
      ...techniques.filter((t) => (t.treats as readonly string[]).includes(id)).map((t) => t.id),
      'unknown-technique',
    ),
    endedBy: fc.constantFrom('completed', 'relief', 'too-much', 'skipped'),
  }),
);

const pain = fc.option(fc.integer({ min: 0, max: 10 }), { freq: 8 });

const sessionsArb: fc.Arbitrary<LoggedSession[]> = fc.array(
  fc.record({
    id: fc.uuid(),
    startedAt: fc
      .integer({ min: 0, max: 60 * 24 })
      .map((hoursAgo) => new Date(Date.parse(clock.now) - hoursAgo * 3_600_000).toISOString()),
    painBefore: pain,
    painAfter: pain,
    points: fc.array(pointArb, { maxLength: 5 }),
  }),
  { maxLength: 60 },
);

const runs = { numRuns: 150 };

describe('a plan that learns, for any request and any history', () => {
  it('never holds a step a precaution forbids', () => {
    fc.assert(
      fc.property(requestArb, sessionsArb, (request, sessions) => {
        const screen = triage(request.answers, request.clearance);
        const rules = stepRulesFor({
          answers: request.answers,
          screen,
          skipRegions: request.skipRegions ?? [],
        });
        const plan = learnedPlan(request, sessions, clock);
        for (const step of plan.steps) expect(stepBreaches(step, rules)).toEqual([]);
      }),
      runs,
    );
  });

  it("never doses past the content's bounds or a short-hold precaution, and still fits the minutes", () => {
    fc.assert(
      fc.property(requestArb, sessionsArb, (request, sessions) => {
        const plan = learnedPlan(request, sessions, clock);
        expect(PlanResponse.safeParse(plan).success).toBe(true);
        const active = new Set(plan.precautions.map((p) => p.id));
        for (const step of plan.steps.filter((s) => s.kind === 'trigger-point')) {
          const technique = techniques.find((t) => t.id === step.technique)!;
          expect(step.dose.seconds).toBeLessThanOrEqual(
            Math.max(technique.dose.seconds, technique.dose.longerHold.seconds[0]),
          );
          expect(step.dose.reps).toBe(technique.dose.reps.min);
          if (active.has('gentle-pressure')) {
            expect(step.dose.seconds).toBeLessThanOrEqual(gentleHoldSeconds);
          }
        }
        expect(plan.estimatedMinutes).toBeLessThanOrEqual(Math.floor(plan.minutes));
      }),
      runs,
    );
  });

  it('with no history is exactly the plan of today', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        expect(learnedPlan(request, [], clock)).toEqual(buildPlan(request));
      }),
      runs,
    );
  });

  it('keeps every step the map gave, or says why it left it out', () => {
    fc.assert(
      fc.property(requestArb, sessionsArb, (request, sessions) => {
        const mapOnly = buildPlan(request);
        const learned = learnedPlan(request, sessions, clock);
        const accounted = new Set([
          ...learned.steps.map((step) => step.id),
          ...learned.dropped.map((item) => item.id),
        ]);
        for (const step of mapOnly.steps) {
          // A gentler way may cover both sides in one step named for the left.
          const pairSeen = [...accounted].some(
            (id) => id.replace(/-(left|right)$/, '') === step.id.replace(/-(left|right)$/, ''),
          );
          expect(accounted.has(step.id) || pairSeen).toBe(true);
        }
      }),
      runs,
    );
  });

  it('says what the history showed at reading grade 8 or lower', () => {
    fc.assert(
      fc.property(requestArb, sessionsArb, (request, sessions) => {
        const plan = learnedPlan(request, sessions, clock);
        const texts = [
          ...plan.steps.map((step) => step.why),
          ...plan.dropped.map((item) => item.reason),
          plan.tryAndCompare?.message ?? '',
          plan.tryAndCompare?.result?.message ?? '',
        ].filter((text) => text !== '');
        for (const text of texts) expect(fleschKincaidGrade(text), text).toBeLessThan(8.05);
      }),
      runs,
    );
  });
});
