// Issue 12, "Found": each plan request the clinical review made, now with the safe answer.
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { toolIds } from '../spec/index.js';
import {
  mobilisationOf,
  planFor,
  pointOf,
  pointSteps,
  techniqueOf,
} from './plan-fixtures.test-support.js';

const everything = {
  tools: [...toolIds],
  places: ['floor', 'wall', 'chair', 'bed', 'massage-table'],
  bodySize: 'medium',
  minutes: 60,
};
const backMap = [
  { id: 'low-back-left', intensity: 6 },
  { id: 'mid-back-left', intensity: 5 },
  { id: 'flank-left', intensity: 5 },
  { id: 'buttock-upper-left', intensity: 5 },
  { id: 'thigh-back-upper-left', intensity: 4 },
];
const psoasCheck = { footTurnsOut: 'left', shoulderLower: 'left' };
const planOf = (answers: Record<string, unknown>, more: Record<string, unknown> = {}) =>
  planFor({ regions: backMap, answers, preferences: everything, psoasCheck, ...more });

describe('issue 12: a precaution binds in the plan', () => {
  it.each(['recent-fracture-at-site', 'skin-problem-at-site', 'local-inflammation-at-site'])(
    '%s with no area marked: no pressure step at all, and the plan says to mark the areas',
    (question) => {
      const plan = planOf({ [question]: true, age: 40 });
      expect(pointSteps(plan)).toEqual([]);
      for (const step of plan.steps) expect(mobilisationOf(step).pressesOver).toEqual([]);
      expect(plan.markAreas).toMatchObject({ precautions: ['skip-marked-area'] });
      expect(plan.markAreas?.message).toMatch(/mark the areas/i);
      const applied = plan.precautionsApplied.find((p) => p.id === 'skip-marked-area');
      expect(applied?.change).toMatch(/no pressing at all/);
      // Once the area is named, the plan works around it.
      const marked = planOf({ [question]: true, age: 40 }, { skipRegions: ['mid-back-left'] });
      expect(pointSteps(marked).length).toBeGreaterThan(0);
      expect(marked.markAreas).toBeNull();
    },
  );

  it('spine surgery 6 weeks ago: nothing on the back of the trunk, no roll, no twist, no side bend', () => {
    for (const skipRegions of [[], ['lumbar-spine']]) {
      const plan = planOf({ 'recent-spine-surgery': true, age: 50 }, { skipRegions });
      for (const step of plan.steps) {
        if (step.kind === 'mobilisation') {
          expect(mobilisationOf(step).trunkMotion, step.id).toEqual([]);
          continue;
        }
        expect(techniqueOf(step).dose.mode).not.toBe('roll');
        for (const id of step.triggerPoints)
          for (const region of pointOf(id).over)
            expect(region).not.toMatch(/back|spine|rib|flank|sacr|iliac|neck|tailbone/);
      }
      expect(plan.steps.map((s) => s.id)).not.toContain('seated-turn');
      expect(plan.steps.map((s) => s.id)).not.toContain('standing-side-bend');
    }
    const marked = planOf(
      { 'recent-spine-surgery': true, age: 50 },
      { skipRegions: ['lumbar-spine'] },
    );
    // The buttock and hip points stay open, so the plan is not empty.
    expect(pointSteps(marked).length).toBeGreaterThan(0);
  });

  it('a map only on the front of the trunk gets no steps and a reason to see a clinician', () => {
    const plan = planFor({
      regions: [{ id: 'upper-abdomen-left' }, { id: 'groin-right' }, { id: 'chest-left' }],
      answers: { age: 40 },
      preferences: everything,
    });
    expect(plan.steps).toEqual([]);
    expect(plan.reasons.map((r) => r.question)).toEqual(['front-of-trunk-map']);
    expect(plan.reasons[0]?.message).toMatch(/doctor/);
    expect(plan.when).toBe('soon');
    expect(plan.noSteps?.because).toBe('front-of-trunk');
    expect(JSON.stringify(plan)).not.toMatch(/upper belly/);
  });

  it('age 65 or over counts as fragile bones: no body weight on a ball, and the level stays', () => {
    const plan = planOf({ age: 70 });
    expect(plan.level).toBe('self-care-ok');
    expect(plan.precautionsApplied.find((p) => p.id === 'fragile-bones')).toMatchObject({
      questions: ['age'],
    });
    for (const step of pointSteps(plan)) expect(techniqueOf(step).bodyWeight, step.id).toBe(false);
    expect(pointSteps(planOf({ age: 64 })).some((s) => techniqueOf(s).bodyWeight)).toBe(true);
  });

  it('pregnancy: no ball at the waist (QL side-lying), no lying flat, no belly pressure', () => {
    const plan = planOf({ pregnant: true, age: 30 });
    expect(plan.steps.map((s) => s.technique)).not.toContain('ql-ball-side-lying');
    for (const step of pointSteps(plan)) {
      const t = techniqueOf(step);
      expect(t.position).not.toBe('lying-on-back');
      expect(t.bodyWeight).toBe(false);
    }
    for (const step of plan.steps.filter((s) => s.kind === 'mobilisation'))
      expect(mobilisationOf(step).lyingOnBack).toBe(false);
    expect(pointSteps(plan).length).toBeGreaterThan(0);
  });

  it('pain now 10 starts gentle: no full body weight on a ball or block; pain now 1 may', () => {
    const gentle = planOf({ 'pain-now': 10, age: 40 });
    for (const step of pointSteps(gentle))
      expect(techniqueOf(step).bodyWeight, step.id).toBe(false);
    expect(gentle.precautionsApplied.map((p) => p.id)).toContain('start-gentle');
    expect(
      pointSteps(planOf({ 'pain-now': 1, age: 40 })).some((s) => techniqueOf(s).bodyWeight),
    ).toBe(true);
  });

  it("carries each technique's own safety lines on its steps", () => {
    const plan = planFor({
      regions: [{ id: 'buttock-lower-left', intensity: 8 }, { id: 'thigh-back-upper-left' }],
      answers: { age: 40 },
      preferences: { tools: ['tennis-ball'], places: ['wall'], bodySize: 'medium', minutes: 60 },
    });
    const piriformis = plan.steps.find((s) => s.technique?.startsWith('piriformis'));
    expect(piriformis?.safety).toEqual([expect.stringMatching(/nerve/)]);
    const dumbbell = planFor({
      regions: [
        { id: 'low-back-left' },
        { id: 'mid-back-right' },
        { id: 'between-shoulder-blades-left' },
      ],
      answers: { age: 40 },
      preferences: { tools: ['small-dumbbell'], places: ['floor'], bodySize: 'large', minutes: 60 },
    });
    const bar = dumbbell.steps.find((s) => s.technique === 'multifidus-dumbbell');
    expect(bar?.safety).toEqual([expect.stringMatching(/must not press on the spine bones/)]);
  });

  it('a plan with no steps always says why, in plain words', () => {
    const plans = [
      planOf({ 'bladder-change': true }),
      // Pregnancy rules out every movement done on a bed, so nothing is left but to mark.
      planOf(
        { 'recent-fracture-at-site': true, pregnant: true },
        {
          psoasCheck: { footTurnsOut: 'none', shoulderLower: 'none' },
          preferences: { ...everything, places: ['bed'] },
        },
      ),
      planFor({ regions: [{ id: 'groin-left' }], answers: {}, preferences: everything }),
    ];
    for (const plan of plans) {
      expect(plan.steps).toEqual([]);
      expect(plan.noSteps).not.toBeNull();
      expect(fleschKincaidGrade(plan.noSteps?.message ?? ''), plan.noSteps?.message).toBeLessThan(
        8.05,
      );
    }
    expect(plans.map((p) => p.noSteps?.because)).toEqual([
      'stopped',
      'mark-areas',
      'front-of-trunk',
    ]);
    expect(planOf({ age: 40 }).noSteps).toBeNull();
  });
});
