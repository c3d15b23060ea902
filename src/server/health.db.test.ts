import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases.js';
import { HEALTH_CHECK_MAX_AGE_MS } from './routes/health.js';
import { startTestApp, type TestApp } from './test-app.js';

describe.each(testDatabases())('GET /api/health on $kind', (target) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(target);
  });
  afterAll(async () => {
    await t.close();
  });

  it('says the server is ready and names the database it runs on', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', db: target.kind, version: '0.0.0-test' });
  });

  it('answers 503 in the error shape within a second once the database is gone', async () => {
    await t.database.close();
    const gone = performance.now();
    let response = await t.app.inject({ method: 'GET', url: '/api/health' });
    while (response.statusCode === 200 && performance.now() - gone < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      response = await t.app.inject({ method: 'GET', url: '/api/health' });
    }
    // The answer may rest on a check made up to a second before the database went away.
    expect(performance.now() - gone).toBeLessThan(HEALTH_CHECK_MAX_AGE_MS + 500);
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('service_unavailable');
  });
});
