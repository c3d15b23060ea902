import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases.js';
import { errorCatalog } from './errors.js';
import { startTestApp, type TestApp } from './test-app.js';

// Route behaviour does not depend on the database, so these run on the first one (PGlite).
const [first] = testDatabases();

function expectErrorShape(body: unknown, code: string) {
  expect(body).toMatchObject({ error: { code, message: expect.any(String) } });
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/at .+\.(js|ts):\d+/); // never a stack trace
}

describe('bad requests get a 4xx in the error shape', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!);
  });
  afterAll(async () => {
    await t.close();
  });

  it('an unknown API route is 404 not_found', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expectErrorShape(response.json(), 'not_found');
  });

  it('malformed JSON is 400 invalid_json, and the server keeps answering', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/anything',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(['invalid_json', 'not_found']).toContain(response.json().error.code);
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });

  it('a body over the limit is 413 payload_too_large', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/health',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ filler: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expectErrorShape(response.json(), 'payload_too_large');
  });

  it('a body that is not JSON is 415 unsupported_media_type', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/match',
        headers: { 'content-type': type },
        payload: 'a=1',
      });
      expect(response.statusCode, type).toBe(415);
      expectErrorShape(response.json(), 'unsupported_media_type');
    }
  });

  it('any body sent to any API path gets a 2xx or a 4xx with the error shape, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/health', '/api/openapi.json', '/api/x', '/api/match', '/api/triage'),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.oneof(fc.json(), fc.string()),
        fc.constantFrom('application/json', 'text/plain', 'application/octet-stream'),
        async (url, method, payload, type) => {
          const response = await t.app.inject({
            method: method as 'GET',
            url,
            headers: { 'content-type': type },
            ...(method === 'GET' ? {} : { payload }),
          });
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400)
            expect(response.json().error.code).toEqual(expect.any(String));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every error code the API can answer with has a status and a plain message', () => {
    for (const [code, entry] of Object.entries(errorCatalog)) {
      expect(code).toMatch(/^[a-z_]+$/);
      expect(entry.status).toBeGreaterThanOrEqual(400);
      expect(entry.message.length).toBeGreaterThan(10);
    }
  });
});

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is OpenAPI 3.1 and documents the health endpoint from its Zod schema', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    const health = doc.paths['/api/health'].get.responses['200'].content['application/json'].schema;
    expect(health.properties.db.enum).toEqual(['pglite', 'postgres']);
  });
});
