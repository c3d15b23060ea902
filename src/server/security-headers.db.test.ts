import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases.js';
import { startTestApp, type TestApp } from './test-app.js';

// Headers do not depend on the database: run on the first one (PGlite).
const [first] = testDatabases();

describe('security headers, made once at start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!);
  });
  afterAll(async () => {
    await t.close();
  });

  it('are on answers, refusals and unknown paths alike', async () => {
    const answers = await Promise.all([
      t.app.inject({ url: '/api/health' }),
      t.app.inject({ method: 'POST', url: '/api/match', payload: { regions: 'no' } }),
      t.app.inject({ url: '/api/nothing-here' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 400, 404]);
    for (const a of answers) {
      expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(a.headers['content-security-policy']).toContain("script-src 'self'");
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(a.headers['referrer-policy']).toBe('no-referrer');
      // HSTS only behind TLS (the HTTP policy adds it); a home network install runs plain HTTP.
      expect(a.headers['strict-transport-security']).toBeUndefined();
    }
  });
});
