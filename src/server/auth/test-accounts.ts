// For account and personal-data route tests: the real app on a real, migrated test database,
// with a clock the test moves by hand, and small helpers to sign people up and in.
import type { LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { TestDatabase } from '../../db/test-databases.js';
import { buildApp } from '../app.js';
import type { App } from '../app-types.js';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface AccountsTestApp {
  readonly app: App;
  readonly database: DatabaseHandle;
  readonly clock: TestClock;
  close(): Promise<void>;
}

export async function startAccountsTestApp(
  target: TestDatabase,
  start = new Date('2024-03-04T08:00:00Z'),
): Promise<AccountsTestApp> {
  const database = await target.open();
  await migrateToLatest(database.db);
  const clock: TestClock = {
    now: start,
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const app = await buildApp({
    database,
    version: '0.0.0-test',
    webRoot: null,
    clock: () => clock.now,
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export const goodPassword = 'correct horse battery';

/** The `name=value` of the session cookie a response set, for the next request's Cookie header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === '__Host-unknot' || c.name === 'unknot');
  if (!cookie?.value) throw new Error(`No session cookie in the response (${response.statusCode})`);
  return `${cookie.name}=${cookie.value}`;
}

export interface SignedUp {
  readonly cookie: string;
  readonly id: string;
  readonly email: string;
}

export async function signUp(app: App, email: string, password = goodPassword): Promise<SignedUp> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email, password },
  });
  if (response.statusCode !== 201)
    throw new Error(`sign-up ${response.statusCode}: ${response.body}`);
  return { cookie: sessionCookie(response), id: response.json().account.id, email };
}
