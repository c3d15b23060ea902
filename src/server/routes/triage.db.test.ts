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
