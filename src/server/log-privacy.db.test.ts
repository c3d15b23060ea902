import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../db/repositories/sample-records.js';
import { testDatabases } from '../db/test-databases.js';
import { type AccountsTestApp, sessionCookie, startAccountsTestApp } from './auth/test-accounts.js';
import { loggerOptions } from './log-options.js';

// A sentinel in every free-text field, the email and the password; a pain map; a query string
// with personal values. At LOG_LEVEL=debug none of it, nor the session token, may reach the log.
const sentinel = 'Zq7SentinelX';
const email = `${sentinel.toLowerCase()}@example.org`;
const password = `${sentinel} horse battery`;

describe.each(testDatabases())('the server log on $kind', { timeout: 120_000 }, (target) => {
  let t: AccountsTestApp;
  let log = '';
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += chunk;
        done();
      },
    });
    t = await startAccountsTestApp(target, undefined, {
      logger: { ...loggerOptions('debug'), stream } as never,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('holds no health data, email, password or token at debug level', async () => {
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email, password },
    });
    expect(up.statusCode).toBe(201);
    const cookie = sessionCookie(up);
    const token = cookie.split('=')[1] ?? '';
    const send = (method: 'PUT' | 'POST' | 'GET', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

    const map = samplePainMap(1);
    const plan = { ...samplePlan(1), request: { note: sentinel }, response: { words: sentinel } };
    const log1 = sampleSessionLog(1);
    const session = {
      ...log1,
      plan: { steps: log1.plan.steps.map((step) => ({ ...step, why: sentinel, title: sentinel })) },
    };
    const checkIn = { ...sampleCheckIn(1), activities: [{ name: sentinel, score: 4 }] };
    expect((await send('PUT', `/api/me/pain-maps/${map.id}`, map)).statusCode).toBe(201);
    expect((await send('PUT', `/api/me/plans/${plan.id}`, plan)).statusCode).toBe(201);
    expect((await send('PUT', `/api/me/session-logs/${session.id}`, session)).statusCode).toBe(201);
    expect((await send('PUT', `/api/me/check-ins/${checkIn.id}`, checkIn)).statusCode).toBe(201);
    const screen = sampleSafetyScreen(1);
    expect((await send('PUT', `/api/me/safety-screens/${screen.id}`, screen)).statusCode).toBe(201);
    // Refusals carrying the sentinel: a bad body, a wrong password, a query with personal values.
    await send('PUT', `/api/me/check-ins/${checkIn.id}`, { ...checkIn, at: sentinel });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: `${sentinel}wrong` },
    });
    await send('GET', `/api/me/progress?now=2024-03-09T10:00:00Z&email=${email}&note=${sentinel}`);
    await send('GET', '/api/me/export.json');
    await send('GET', '/api/me/sessions.csv');
    await send('POST', '/api/match', { regions: map.regions });

    expect(log.length).toBeGreaterThan(1000); // the log did run, at debug level
    for (const secret of [
      sentinel,
      sentinel.toLowerCase(),
      email,
      token,
      'low-back-left',
      'sacroiliac',
    ]) {
      expect(log.includes(secret), `the log holds ${secret}`).toBe(false);
    }
    // The security events are there, naming what happened and not who.
    expect(log).toMatch(/"event":"password_wrong"/);
    expect(log).not.toMatch(/remoteAddress|"ip"|cookie/i);
  });
});
