import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePlanRequest } from '../../core/contracts/plan.js';
import { buildPlan } from '../../core/plan/index.js';
import { handTools, placeIds, specRegions, toolIds } from '../../core/spec/index.js';
import { triage } from '../../core/triage/index.js';
import { firstPreferences, objectTools } from '../setup/preferences/preferences-form.js';
import { madeFrom, type PlanInputs, planRequestFrom } from './plan-request.js';

const now = new Date('2026-03-02T09:00:00.000Z');

/** A small person with a tennis ball on the floor, pain in the low back and top of the hamstring. */
const records: PlanInputs = {
  painMap: { marks: { 'low-back-left': 6, 'thigh-back-upper-left': 5, 'calf-left': 0 } },
  safety: { answers: { age: 40 } },
  preferences: {
    ...firstPreferences(now),
    tools: ['tennis-ball'],
    places: ['floor'],
    bodySize: 'small',
  },
  psoasCheck: null,
  overload: null,
};

function requestOf(inputs: PlanInputs) {
  const request = planRequestFrom(inputs);
  if (!request.ok) throw new Error(request.message);
  return request.value;
}

function planOf(inputs: PlanInputs) {
  const checked = validatePlanRequest(requestOf(inputs));
  if (!checked.ok) throw new Error(checked.message);
  return buildPlan(checked.value);
}

describe('the plan request made from what the device keeps', () => {
  it('sends only the places that hurt, with how much', () => {
    expect(requestOf(records).regions).toEqual([
      { id: 'low-back-left', intensity: 6 },
      { id: 'thigh-back-upper-left', intensity: 5 },
    ]);
  });

  it('leaves out a place the region list no longer knows', () => {
    const request = requestOf({
      ...records,
      painMap: { marks: { 'low-back-left': 4, 'old-region': 7 } },
    });
    expect(request.regions).toEqual([{ id: 'low-back-left', intensity: 4 }]);
  });

  it('asks for the pain map first when nothing hurts on it', () => {
    const request = planRequestFrom({ ...records, painMap: { marks: { 'low-back-left': 0 } } });
    expect(request).toMatchObject({ ok: false, code: 'pain-map' });
    expect(planRequestFrom({ ...records, painMap: null })).toMatchObject({ code: 'pain-map' });
  });

  it('asks for the safety check, then for tools and place, before a plan', () => {
    expect(planRequestFrom({ ...records, safety: null })).toMatchObject({ code: 'safety' });
    expect(planRequestFrom({ ...records, preferences: null })).toMatchObject({
      code: 'preferences',
    });
    const noPlace = { ...records.preferences!, places: [] };
    expect(planRequestFrom({ ...records, preferences: noPlace })).toMatchObject({
      code: 'preferences',
    });
  });

  it('asks for the areas to keep clear after a site precaution, before any plan', () => {
    for (const question of ['recent-fracture-at-site', 'recent-spine-surgery'] as const) {
      const answers = { age: 40, 'pain-weeks': 3, [question]: true };
      const safety = { answers, result: triage(answers) };
      expect(planRequestFrom({ ...records, safety })).toMatchObject({
        ok: false,
        code: 'keep-clear',
      });
      const marked = { ...records.preferences!, skipRegions: ['mid-back-left'] };
      const request = requestOf({ ...records, safety, preferences: marked });
      expect(request.skipRegions).toEqual(['mid-back-left']);
    }
    // Blood thinners change the pressure, not where to press: nothing more to mark.
    const thinners = { age: 40, 'blood-thinners': true };
    expect(
      planRequestFrom({ ...records, safety: { answers: thinners, result: triage(thinners) } }).ok,
    ).toBe(true);
  });

  it('always lists the hands, with the tools ticked after them', () => {
    expect(requestOf(records).preferences.tools).toEqual([...handTools, 'tennis-ball']);
    const none = { ...records.preferences!, tools: [] };
    expect(requestOf({ ...records, preferences: none }).preferences.tools).toEqual(handTools);
  });

  it('passes on size, time and the side that hurts more', () => {
    const preferences = { ...records.preferences!, minutes: 10, painfulSide: 'left' as const };
    expect(requestOf({ ...records, preferences }).preferences).toMatchObject({
      bodySize: 'small',
      minutes: 10,
      painfulSide: 'left',
      places: ['floor'],
    });
  });

  it('sends a done psoas check and leaves out a skipped one', () => {
    const check = { footTurnsOut: 'left', shoulderLower: 'none' } as const;
    const done = { check, answeredAt: now.toISOString() };
    expect(requestOf({ ...records, psoasCheck: done }).psoasCheck).toEqual(check);
    const skipped = { check: null, answeredAt: now.toISOString() };
    expect(requestOf({ ...records, psoasCheck: skipped })).not.toHaveProperty('psoasCheck');
  });

  it('sends the areas to keep clear and the overload answers when there are any', () => {
    const preferences = { ...records.preferences!, skipRegions: ['sacrum', 'not-a-region'] };
    const overload = {
      answers: { sleep: true },
      answeredAt: now.toISOString(),
      traumaReportedAt: null,
    };
    const request = requestOf({ ...records, preferences, overload });
    expect(request.skipRegions).toEqual(['sacrum']);
    expect(request.overload).toEqual({ sleep: true });
    expect(requestOf(records)).not.toHaveProperty('skipRegions');
    expect(requestOf(records)).not.toHaveProperty('overload');
  });

  it('knows a kept plan was made from the same request, and not from a changed one', () => {
    const request = requestOf(records);
    expect(madeFrom(JSON.parse(JSON.stringify(request)), request)).toBe(true);
    const later = requestOf({ ...records, preferences: { ...records.preferences!, minutes: 30 } });
    expect(madeFrom(request, later)).toBe(false);
  });

  it('gives the small person with a tennis ball on the floor the gluteal point first, on the ball', () => {
    const first = planOf(records).steps.find((step) => step.kind === 'trigger-point');
    expect(first?.triggerPoint).toMatch(/^glute-overlap-point-/);
    expect(first?.tools).toEqual(['tennis-ball']);
    expect(first?.place).toBe('floor');
  });

  it('gives the same person in public only fists or thumbs', () => {
    const inPublic = { ...records.preferences!, places: ['public' as const] };
    const plan = planOf({ ...records, preferences: inPublic });
    const points = plan.steps.filter((step) => step.kind === 'trigger-point');
    expect(points[0]?.triggerPoint).toMatch(/^glute-overlap-point-/);
    for (const step of points) {
      expect(step.tools.every((tool) => tool === 'fists' || tool === 'thumbs')).toBe(true);
      expect(step.place).toBe('public');
    }
  });

  it('makes a request the server accepts from any records a person can leave', () => {
    const regionIds = specRegions.map((region) => region.id);
    const subset = <T>(values: readonly T[]) =>
      fc.subarray([...values]).map((picked) => picked as T[]);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...regionIds), fc.integer({ min: 0, max: 10 })),
        subset(objectTools),
        fc.subarray([...placeIds], { minLength: 1 }),
        fc.constantFrom('small', 'medium', 'large' as const),
        fc.integer({ min: 5, max: 60 }),
        fc.constantFrom('left', 'right', 'both' as const),
        subset(regionIds),
        (marks, tools, places, bodySize, minutes, painfulSide, skipRegions) => {
          const request = planRequestFrom({
            ...records,
            painMap: { marks },
            preferences: {
              ...records.preferences!,
              tools,
              places,
              bodySize,
              minutes,
              painfulSide,
              skipRegions,
            },
          });
          if (!request.ok) return Object.values(marks).every((pain) => pain === 0);
          const checked = validatePlanRequest(request.value);
          return checked.ok && request.value.preferences.tools.every((t) => toolIds.includes(t));
        },
      ),
    );
  });
});
