import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../db/test-databases.js';
import { startTestApp, type TestApp } from './test-app.js';

// Overload does not depend on the database: the first one (PGlite) is enough.
const [first] = testDatabases();

const busyFor = (ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // Hold the event loop, as a flood of work would.
  }
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('under more load than it can serve', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!, {
      build: { overload: { maxEventLoopDelayMs: 50, sampleIntervalMs: 20 } },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sheds requests with 503 and Retry-After in the error shape, answers health checks, and recovers', async () => {
    busyFor(600);
    await wait(30); // one sample sees the delay
    const shed = await t.app.inject({ url: '/api/content' });
    expect(shed.statusCode).toBe(503);
    expect(shed.headers['retry-after']).toBe('2');
    expect(shed.json().error.code).toBe('service_unavailable');
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    await wait(200); // calm samples
    expect((await t.app.inject({ url: '/api/content' })).statusCode).toBe(200);
  });
});
