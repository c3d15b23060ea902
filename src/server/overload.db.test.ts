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
      // Samples 200 ms apart: the one taken just after the busy stretch holds the shedding for
      // long enough to see, whatever else the machine is doing.
      build: { overload: { maxEventLoopDelayMs: 50, sampleIntervalMs: 200 } },
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
    // Recovers once calm samples come in: within seconds, even on a machine busy elsewhere.
    let recovered = 0;
    for (let tries = 0; tries < 100 && recovered !== 200; tries++) {
      await wait(100);
      recovered = (await t.app.inject({ url: '/api/content' })).statusCode;
    }
    expect(recovered).toBe(200);
  });
});

describe('a burst read in one turn of the loop', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A long sample: only the heartbeat can see the burst. The limit is 2 ms so that the
    // burst outlasts it however fast plans get on this machine.
    t = await startTestApp(first!, {
      build: { overload: { maxEventLoopDelayMs: 2, sampleIntervalMs: 60_000 } },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs what fits in the limit and sheds the rest at once with 503', async () => {
    const plan = {
      regions: [
        { id: 'low-back-left', intensity: 6 },
        { id: 'iliac-crest-left', intensity: 5 },
      ],
      answers: { age: 44, 'pain-weeks': 3, 'pain-now': 6 },
      preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium', minutes: 20 },
    };
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        t.app.inject({ method: 'POST', url: '/api/plan', payload: plan }),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c !== 200 && c !== 503)).toEqual([]);
    expect(codes).toContain(200);
    expect(codes).toContain(503);
    await wait(50);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/plan', payload: plan })).statusCode,
    ).toBe(200);
  });
});

describe('more requests in flight than the cap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(first!, {
      build: {
        overload: { maxEventLoopDelayMs: 60_000, sampleIntervalMs: 60_000, maxInFlight: 3 },
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sheds the ones over the cap with 503 and serves again once they are answered', async () => {
    // Signed-in reads wait on the database, so they are in flight together.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => t.app.inject({ url: '/api/me' })),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(3);
    expect(codes.filter((c) => c === 503)).toHaveLength(9);
    expect((await t.app.inject({ url: '/api/me' })).statusCode).toBe(401);
  });
});
