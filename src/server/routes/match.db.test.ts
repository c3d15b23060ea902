import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MatchResponse } from '../../core/contracts/match.js';
import { specRegions } from '../../core/spec/index.js';
import { testDatabases } from '../../db/test-databases.js';
import { startTestApp, type TestApp } from '../test-app.js';

const [first] = testDatabases();
const post = (t: TestApp, payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/match', payload: payload as object });

describe('POST /api/match', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!);
  });
  afterAll(async () => {
    await t.close();
  });

  it('ranks the C7-T1 point first for pain at the base of the neck, in the contract shape', async () => {
    const response = await post(t, { regions: [{ id: 'neck-base-left', intensity: 7 }] });
    expect(response.statusCode).toBe(200);
    const body = MatchResponse.parse(response.json());
    expect(body.results[0]?.triggerPoint).toBe('erector-neck-base-point-left');
    expect(body.results[0]).toMatchObject({
      muscle: 'erector-spinae',
      step: 2,
      why: expect.any(String),
    });
  });

  it('answers an unknown region with 400 unknown_region naming it', async () => {
    const response = await post(t, { regions: [{ id: 'elbow-left' }] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'unknown_region',
      message: expect.stringContaining('elbow-left'),
      details: {
        issues: [expect.objectContaining({ path: 'regions[0].id', code: 'unknown_region' })],
      },
    });
  });

  it('answers an intensity out of range or of the wrong type with 400 naming the field', async () => {
    for (const intensity of [11, -1, 'high', null]) {
      const response = await post(t, {
        regions: [{ id: 'sacrum' }, { id: 'flank-left', intensity }],
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
      expect(JSON.stringify(response.json().error)).toContain('regions[1].intensity');
    }
  });

  it('answers an empty list or a non-object body with 400', async () => {
    for (const payload of [{ regions: [] }, [], 'text', { regions: 'sacrum' }, {}]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/match',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
    }
  });

  it('gives any mix of valid regions a 200 with a sorted list', async () => {
    const ids = specRegions.map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({ id: fc.constantFrom(...ids), intensity: fc.integer({ min: 0, max: 10 }) }),
          {
            minLength: 1,
            maxLength: 12,
            selector: (r) => r.id,
          },
        ),
        async (regions) => {
          const response = await post(t, { regions });
          expect(response.statusCode).toBe(200);
          const scores = MatchResponse.parse(response.json()).results.map((r) => r.score);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
        },
      ),
      { numRuns: 40 },
    );
  });
});
