// For account and personal-data route tests: the real app on a real, migrated test database,
// with a clock the test moves by hand, and small helpers to sign people up and in.
import type { LightMyRequestResponse } from 'fastify';
import type { TestDatabase } from '../../db/test-databases.js';
import type { BuildOptions } from '../app.js';
import type { App } from '../app-types.js';
import { startTestApp, type TestApp } from '../test-app.js';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface AccountsTestApp extends TestApp {
  readonly clock: TestClock;
}

export async function startAccountsTestApp(
  target: TestDatabase,
  start = new Date('2024-03-04T08:00:00Z'),
  build: Partial<BuildOptions> = {},
): Promise<AccountsTestApp> {
  const clock: TestClock = {
    now: start,
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const started = await startTestApp(target, { clock: () => clock.now, build });
  return { ...started, clock };
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

let signUps = 0;

export async function signUp(app: App, email: string, password = goodPassword): Promise<SignedUp> {
  // Each from its own address: sign-up is limited per address, and tests make many people.
  signUps++;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: { email, password },
    remoteAddress: `10.250.${(signUps >> 8) & 255}.${signUps & 255}`,
  });
  if (response.statusCode !== 201)
    throw new Error(`sign-up ${response.statusCode}: ${response.body}`);
  return { cookie: sessionCookie(response), id: response.json().account.id, email };
}
