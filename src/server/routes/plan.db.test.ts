import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanResponse } from '../../core/contracts/plan.js';
import { testDatabases } from '../../db/test-databases.js';
import { startTestApp, type TestApp } from '../test-app.js';

const post = (t: TestApp, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/plan',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

const request = {
  regions: [{ id: 'low-back-left', intensity: 6 }, { id: 'thigh-back-upper-left' }],
  answers: { age: 45 },
  preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'small', minutes: 15 },
  psoasCheck: { footTurnsOut: 'right', shoulderLower: 'right' },
};

describe.each(testDatabases())('POST /api/plan on $kind', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 200 with the contract shape: triage fields, ordered steps and an estimate', async () => {
    const response = await post(t, request);
    expect(response.statusCode).toBe(200);
    const raw = response.json();
    const body = PlanResponse.parse(raw);
    expect(body).toMatchObject({ level: 'self-care-ok', selfCareAllowed: true });
    expect(body.estimatedMinutes).toBeGreaterThan(0);
    expect(body.estimatedMinutes).toBeLessThanOrEqual(15);
    for (const step of raw.steps) {
      expect(Object.keys(step)).toEqual(
        expect.arrayContaining([
          'kind',
          'id',
          'triggerPoint',
          'technique',
          'step',
          'side',
          'tools',
          'place',
          'dose',
          'why',
        ]),
      );
      expect(Object.keys(step.dose).sort()).toEqual(['mode', 'reps', 'seconds']);
    }
    expect(body.steps[0]?.kind).toBe('mobilisation');
    expect(body.steps.find((step) => step.kind === 'trigger-point')?.triggerPoint).toBe(
      'glute-overlap-point-left',
    );
  });

  it('leaves out psoasCheck and minutes when they are not given', async () => {
    const { psoasCheck: _left, ...rest } = request;
    const response = await post(t, {
      ...rest,
      preferences: { tools: ['fists'], places: ['public'], bodySize: 'large' },
    });
    expect(response.statusCode).toBe(200);
    const body = PlanResponse.parse(response.json());
    expect(body.steps.every((step) => step.place === 'public')).toBe(true);
  });

  it('gives an empty plan with reasons when self-care is not allowed', async () => {
    const response = await post(t, { ...request, answers: { 'bladder-change': true } });
    expect(response.statusCode).toBe(200);
    const body = PlanResponse.parse(response.json());
    expect(body).toMatchObject({ level: 'emergency', selfCareAllowed: false, steps: [] });
    expect(body.reasons[0]?.question).toBe('bladder-change');
    expect(body.reasons[0]?.message.length).toBeGreaterThan(0);
  });

  it('says when to be seen, as triage does', async () => {
    const cases: [Record<string, unknown>, string | null][] = [
      [{ 'bladder-change': true }, 'now'],
      [{ fever: true }, 'same-day'],
      [{ 'weight-loss': true }, 'within-48-hours'],
      [{ 'cancer-history': true }, 'soon'],
      [{ age: 45 }, null],
    ];
    for (const [answers, when] of cases) {
      const raw = (await post(t, { ...request, answers })).json();
      expect(raw.when, JSON.stringify(answers)).toBe(when);
    }
  });

  it('builds a plan after an urgent result once a doctor has checked, with every precaution', async () => {
    const answers = { age: 70, 'minor-trauma': true };
    const stopped = PlanResponse.parse((await post(t, { ...request, answers })).json());
    expect(stopped.steps).toEqual([]);
    const response = await post(t, { ...request, answers, clearance: { checkedOn: '2020-01-02' } });
    expect(response.statusCode).toBe(200);
    const body = PlanResponse.parse(response.json());
    expect(body).toMatchObject({
      level: 'urgent',
      selfCareAllowed: true,
      clearance: { checkedOn: '2020-01-02', applied: true },
    });
    expect(body.steps.length).toBeGreaterThan(0);
    // Age 70 counts as fragile bones: no body weight on a ball or block anywhere.
    expect(body.precautionsApplied.map((p) => p.id)).toContain('fragile-bones');

    const emergency = PlanResponse.parse(
      (
        await post(t, {
          ...request,
          answers: { 'major-trauma': true },
          clearance: { checkedOn: '2020-01-02' },
        })
      ).json(),
    );
    expect(emergency).toMatchObject({ selfCareAllowed: false, steps: [] });
  });

  it('binds site precautions, refuses a front-of-trunk map, and carries safety lines and why a plan is empty', async () => {
    const unmarked = PlanResponse.parse(
      (await post(t, { ...request, answers: { 'recent-fracture-at-site': true } })).json(),
    );
    expect(unmarked.steps.filter((s) => s.kind === 'trigger-point')).toEqual([]);
    expect(unmarked.markAreas?.precautions).toEqual(['skip-marked-area']);

    const front = PlanResponse.parse(
      (await post(t, { ...request, regions: [{ id: 'upper-abdomen-left' }] })).json(),
    );
    expect(front).toMatchObject({
      steps: [],
      noSteps: { because: 'front-of-trunk' },
      when: 'soon',
    });

    const piriformis = PlanResponse.parse(
      (
        await post(t, {
          ...request,
          regions: [{ id: 'buttock-lower-left', intensity: 8 }],
          preferences: { tools: ['tennis-ball'], places: ['wall'], bodySize: 'medium' },
        })
      ).json(),
    );
    for (const step of piriformis.steps) expect(Array.isArray(step.safety)).toBe(true);
    expect(piriformis.steps.flatMap((s) => s.safety).join(' ')).toMatch(/nerve/);
  });

  it('answers a clearance that is not a real date, or after today, with 400', async () => {
    for (const clearance of [{ checkedOn: '2999-01-01' }, { checkedOn: '2026-02-30' }, true]) {
      const response = await post(t, { ...request, clearance });
      expect(response.statusCode, JSON.stringify(clearance)).toBe(400);
      expect(response.json().error.details.issues[0].path).toMatch(/^clearance/);
    }
  });

  it('answers bad tools, places, regions and answers with 400 naming the field', async () => {
    const cases: [unknown, string, string][] = [
      [
        {
          ...request,
          preferences: { ...request.preferences, tools: ['tennis-ball', 'rolling-pin'] },
        },
        'invalid_body',
        'preferences.tools[1]',
      ],
      [
        { ...request, preferences: { ...request.preferences, tools: [] } },
        'invalid_body',
        'preferences.tools',
      ],
      [
        { ...request, preferences: { ...request.preferences, places: ['moon'] } },
        'invalid_body',
        'preferences.places[0]',
      ],
      [
        { ...request, preferences: { ...request.preferences, minutes: 90 } },
        'invalid_body',
        'preferences.minutes',
      ],
      [{ ...request, regions: [{ id: 'wing-left' }] }, 'unknown_region', 'regions[0].id'],
      [{ ...request, answers: { age: -1 } }, 'invalid_answer', 'answers.age'],
      [{ ...request, answers: { 'likes-tea': true } }, 'unknown_question', 'answers.likes-tea'],
      [
        { ...request, psoasCheck: { footTurnsOut: 'sideways', shoulderLower: 'none' } },
        'invalid_body',
        'psoasCheck.footTurnsOut',
      ],
    ];
    for (const [payload, code, field] of cases) {
      const response = await post(t, payload);
      expect(response.statusCode, field).toBe(400);
      const { error } = response.json();
      expect(error.code, field).toBe(code);
      expect(error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([field]);
      expect(error.message).toContain(field);
    }
  });

  it('answers any JSON body with 200 or 400, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            regions: fc.jsonValue(),
            answers: fc.jsonValue(),
            preferences: fc.jsonValue(),
          }),
        ),
        async (payload) => {
          const response = await post(t, payload);
          expect([200, 400]).toContain(response.statusCode);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is listed in the OpenAPI document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.json().paths['/api/plan']?.post).toBeDefined();
  });
});
