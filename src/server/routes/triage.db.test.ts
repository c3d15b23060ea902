import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TriageResponse } from '../../core/contracts/triage.js';
import { testDatabases } from '../../db/test-databases.js';
import { startTestApp, type TestApp } from '../test-app.js';

const [first] = testDatabases();
const post = (t: TestApp, payload: unknown) =>
  t.app.inject({
    method: 'POST',
    url: '/api/triage',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });

describe('POST /api/triage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!);
  });
  afterAll(async () => {
    await t.close();
  });

  it('stops self-care at emergency level for saddle numbness', async () => {
    const response = await post(t, { answers: { 'saddle-numbness': true } });
    expect(response.statusCode).toBe(200);
    const body = TriageResponse.parse(response.json());
    expect(body).toMatchObject({ level: 'emergency', selfCareAllowed: false });
    expect(body.reasons.map((r) => r.question)).toContain('saddle-numbness');
  });

  it('keeps self-care at routine level for under-16s switched off, as the spec says', async () => {
    const body = TriageResponse.parse((await post(t, { answers: { age: 15 } })).json());
    expect(body).toMatchObject({ level: 'routine', selfCareAllowed: false });
  });

  it('turns blood thinners into a gentle-pressure precaution without raising the level', async () => {
    const body = TriageResponse.parse(
      (await post(t, { answers: { 'blood-thinners': true, age: 40 } })).json(),
    );
    expect(body.level).toBe('self-care-ok');
    expect(body.precautions.map((p) => p.question)).toContain('blood-thinners');
  });

  it('answers an unknown question, a wrong type or an out-of-range number with 400 naming the question', async () => {
    const cases: [unknown, string, string][] = [
      [{ answers: { 'is-tired': true } }, 'unknown_question', 'is-tired'],
      [{ answers: { fever: 'yes' } }, 'invalid_answer', 'fever'],
      [{ answers: { age: 130 } }, 'invalid_answer', 'age'],
      [{ answers: { 'pain-now': 11 } }, 'invalid_answer', 'pain-now'],
    ];
    for (const [payload, code, question] of cases) {
      const response = await post(t, payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe(code);
      expect(JSON.stringify(response.json().error.details)).toContain(question);
    }
  });

  it('answers a body that is not an answers object with 400', async () => {
    for (const payload of [[], 'x', 42, { answers: [] }, { answers: null }]) {
      const response = await post(t, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
    }
  });
});

describe.each(testDatabases())(
  'POST /api/triage, when to be seen and a clearance, on $kind',
  (target) => {
    let t: TestApp;
    beforeAll(async () => {
      // A fixed today, so "not after today" is exact.
      t = await startTestApp(target, { clock: () => new Date('2026-12-03T10:00:00Z') });
    });
    afterAll(async () => {
      await t.close();
    });

    const triageOf = async (payload: unknown) => {
      const response = await post(t, payload);
      expect(response.statusCode).toBe(200);
      return TriageResponse.parse(response.json());
    };

    it('says when to be seen: now, same-day, within-48-hours, soon or null', async () => {
      const cases: [Record<string, unknown>, string | null][] = [
        [{ 'bladder-change': true }, 'now'],
        [{ 'blood-thinners': true, 'leg-weakness-worsening': true }, 'now'],
        [{ fever: true }, 'same-day'],
        [{ 'pulsing-belly': true }, 'same-day'],
        [{ 'dvt-now': true }, 'same-day'],
        [{ 'weight-loss': true }, 'within-48-hours'],
        [{ 'cancer-history': true }, 'soon'],
        [{ 'blood-thinners': true }, null],
      ];
      for (const [answers, when] of cases) {
        const raw = (await post(t, { answers })).json();
        expect(raw.when, JSON.stringify(answers)).toBe(when);
        expect(Object.hasOwn(raw, 'when')).toBe(true);
      }
    });

    it('lists one precaution per question, even when two set the same one', async () => {
      const body = await triageOf({
        answers: { 'skin-problem-at-site': true, 'recent-fracture-at-site': true },
      });
      expect(body.precautions.map((p) => [p.question, p.id])).toEqual([
        ['skin-problem-at-site', 'skip-marked-area'],
        ['recent-fracture-at-site', 'skip-marked-area'],
      ]);
    });

    it('lets self-care go on after an urgent result when a doctor has checked, and echoes it', async () => {
      const answers = { age: 70, osteoporosis: true, 'minor-trauma': true };
      expect((await triageOf({ answers })).selfCareAllowed).toBe(false);
      const body = await triageOf({ answers, clearance: { checkedOn: '2026-12-01' } });
      expect(body).toMatchObject({
        level: 'urgent',
        selfCareAllowed: true,
        clearance: { checkedOn: '2026-12-01', applied: true },
      });
      expect(body.precautions.map((p) => p.id)).toContain('fragile-bones');
    });

    it('never lifts an emergency with a clearance', async () => {
      const body = await triageOf({
        answers: { 'major-trauma': true },
        clearance: { checkedOn: '2026-12-01' },
      });
      expect(body).toMatchObject({
        level: 'emergency',
        selfCareAllowed: false,
        when: 'now',
        clearance: { applied: false },
      });
    });

    it('answers a clearance that is not a real date, or after today, with 400', async () => {
      for (const clearance of [
        { checkedOn: '2026-12-09' },
        { checkedOn: '2026-13-01' },
        { checkedOn: 'yesterday' },
        { date: '2026-12-01' },
        'yes',
      ]) {
        const response = await post(t, { answers: { fever: true }, clearance });
        expect(response.statusCode, JSON.stringify(clearance)).toBe(400);
        expect(response.json().error.code).toBe('invalid_body');
        expect(response.json().error.message).toMatch(/clearance/);
      }
    });
  },
);
