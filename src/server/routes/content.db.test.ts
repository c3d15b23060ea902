import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentResponse } from '../../core/contracts/content.js';
import { specMuscles, specRegions } from '../../core/spec/index.js';
import { testDatabases } from '../../db/test-databases.js';
import { startTestApp, type TestApp } from '../test-app.js';

const [first] = testDatabases();

describe('GET /api/content', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!);
  });
  afterAll(async () => {
    await t.close();
  });

  it('returns every kind of entry in the contract shape, each with covers and sources', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/content' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(ContentResponse.safeParse(body).success).toBe(true);
    for (const kind of [
      'muscles',
      'triggerPoints',
      'techniques',
      'mobilisations',
      'nightPositions',
      'causes',
      'tools',
      'articles',
    ]) {
      expect(body[kind].length, kind).toBeGreaterThan(0);
      for (const entry of body[kind])
        expect(entry.sources.length, `${kind} ${entry.id}`).toBeGreaterThan(0);
    }
    expect(body.psoasSelfCheck.sources.length).toBeGreaterThan(0);
    expect(typeof body.omitted).toBe('object');
    const muscleIds = new Set(body.muscles.map((m: { id: string }) => m.id));
    for (const muscle of specMuscles) expect(muscleIds.has(muscle.id), muscle.id).toBe(true);
    const regionIds = new Set(specRegions.map((r) => r.id));
    for (const point of body.triggerPoints) {
      expect(point).toMatchObject({
        id: expect.any(String),
        muscle: expect.any(String),
        location: expect.any(String),
      });
      for (const region of [...point.referral.essential, ...point.referral.spillover]) {
        expect(regionIds.has(region), `${point.id} ${region}`).toBe(true);
      }
    }
    for (const technique of body.techniques) {
      expect(technique).toMatchObject({
        triggerPoint: expect.any(String),
        tools: expect.any(Array),
        position: expect.any(String),
      });
    }
  });

  it('answers 304 to a client that already has this version', async () => {
    const firstResponse = await t.app.inject({ method: 'GET', url: '/api/content' });
    const etag = firstResponse.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/content',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});
