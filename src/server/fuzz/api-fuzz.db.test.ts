import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import {
  type AccountsTestApp,
  goodPassword,
  sessionCookie,
  startAccountsTestApp,
} from '../auth/test-accounts.js';
import { type FuzzRequest, type Operation, operationsOf, requestsFor } from './requests.js';

// Every operation of /api/openapi.json gets generated requests: 2,000 each on PostgreSQL
// (about 84,000 requests; the database work runs in its own process there) and 150 each on
// PGlite, where 2,000 each took over 10 minutes on this 2-core machine (measured: 100 per
// operation took 39 s). UNKNOT_FUZZ_RUNS overrides both.
const runsOn = (kind: string) =>
  Number(process.env.UNKNOT_FUZZ_RUNS ?? (kind === 'postgres' ? 2000 : 150));

function expectErrorShape(request: FuzzRequest, status: number, body: string) {
  const where = `${request.method} ${request.url.slice(0, 120)} -> ${status}: ${body.slice(0, 200)}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error(`not JSON: ${where}`);
  }
  expect(parsed, where).toEqual({
    error: expect.objectContaining({
      code: expect.stringMatching(/^[a-z_]+$/),
      message: expect.any(String),
    }),
  });
  expect(
    Object.keys((parsed as { error: object }).error).every((k) =>
      ['code', 'message', 'details'].includes(k),
    ),
    where,
  ).toBe(true);
  expect(body, where).not.toMatch(/FST_|ERR_|node_modules|\.js:\d+|\/src\//);
}

describe.each(testDatabases())('fuzzing every API route on $kind', (target) => {
  let t: AccountsTestApp;
  let cookie = '';
  let email = '';
  let operations: Operation[] = [];
  const runs = runsOn(target.kind);

  async function signIn() {
    // Fuzzed wrong passwords may have hit the sign-in limit: let its window pass first.
    t.clock.advance(16 * 60 * 1000);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: goodPassword },
    });
    expect(response.statusCode, response.body).toBe(200);
    cookie = sessionCookie(response);
  }

  async function stillHealthy() {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.statusCode).toBe(200);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    if (me.statusCode === 401) await signIn();
    else expect(me.statusCode).toBe(200);
  }

  async function freshAccount(index: number) {
    email = `fuzz-${index}@example.org`;
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email, password: goodPassword },
      // Sign-up is limited per address; the fuzzed requests come from 127.0.0.1.
      remoteAddress: `10.77.0.${index}`,
    });
    expect(up.statusCode, up.body).toBe(201);
    cookie = sessionCookie(up);
    const seeded = await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie },
      payload: {
        painMaps: [samplePainMap(1)],
        plans: [samplePlan(1)],
        sessionLogs: [sampleSessionLog(1), sampleSessionLog(2)],
        checkIns: [sampleCheckIn(1)],
      },
    });
    expect(seeded.statusCode, seeded.body).toBe(200);
  }

  beforeAll(async () => {
    t = await startAccountsTestApp(target);
    operations = operationsOf((await t.app.inject({ url: '/api/openapi.json' })).json());
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds the routes to fuzz', () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  // Fixed names so each route is its own test; the list is read from the document above.
  it(`sends ${runs} requests to every operation: no 5xx, the error shape on every 4xx, still healthy`, async () => {
    const timings: string[] = [];
    for (const [index, op] of operations.entries()) {
      // Each operation gets a fresh account with a few records, so what earlier operations
      // stored (thousands of synced records) does not slow the later reads down.
      await freshAccount(index);
      const began = performance.now();
      await fc.assert(
        fc.asyncProperty(requestsFor(op), async (request) => {
          const response = await t.app.inject({
            method: request.method as 'GET',
            url: request.url,
            headers: {
              ...(request.contentType ? { 'content-type': request.contentType } : {}),
              ...(request.signedIn ? { cookie } : {}),
            },
            ...(request.payload === undefined ? {} : { payload: request.payload }),
          });
          expect(
            response.statusCode,
            `${request.method} ${request.url.slice(0, 120)}: ${response.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (response.statusCode >= 400 && request.method !== 'HEAD')
            expectErrorShape(request, response.statusCode, response.body);
          // A fuzzed sign-out may end our session; the next request signs in again.
          if (
            request.signedIn &&
            op.path.startsWith('/api/auth/sign-out') &&
            response.statusCode === 204
          )
            await signIn();
        }),
        { numRuns: runs },
      );
      await stillHealthy();
      timings.push(`${op.method} ${op.path}: ${Math.round(performance.now() - began)} ms`);
    }
    console.log(`fuzz on ${target.kind}, ${runs} per operation:\n${timings.join('\n')}`);
  }, 1_800_000);
});
