// The progress view for a person with three years of daily sessions: sign up on a running
// server, upload the sessions the way a device does, then time GET /api/me/progress.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { sessionLog } from './session-data.mjs';

const days = 3 * 365;

async function json(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(body)}`);
  return body;
}

/** The setup code a fresh server printed: its first account needs it. */
export const setupCodeIn = (output) => /setup code: ([A-Z2-9]+)/.exec(output)?.[1];

/** Signs up a new person on a running server; returns the cookie header to use. */
export async function signUpPerson(base, setupCode) {
  const body = JSON.stringify({
    email: `bench-${randomUUID()}@example.org`,
    password: 'a long bench password 42',
    ...(setupCode ? { setupCode } : {}),
  });
  let signUp;
  // A server that just started on a busy machine may shed (503 + Retry-After): wait and retry.
  for (let attempt = 0; attempt < 10; attempt++) {
    signUp = await fetch(`${base}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (signUp.status !== 503) break;
    await new Promise((r) => setTimeout(r, Number(signUp.headers.get('retry-after') ?? 2) * 1000));
  }
  await json(signUp);
  return signUp.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Signs up a new person with `days` daily sessions; returns the cookie header to use. */
export async function personWithHistory(base, setupCode) {
  const cookie = await signUpPerson(base, setupCode);
  const logs = Array.from({ length: days }, (_, day) => sessionLog(day));
  for (let i = 0; i < logs.length; i += 500) {
    await json(
      await fetch(`${base}/api/me/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ sessionLogs: logs.slice(i, i + 500) }),
      }),
    );
  }
  return { cookie, sessions: logs.length };
}

/** Latency of one request at a time, as a person opening the page would see it. */
export async function latency(url, headers = {}, amount = 150) {
  const result = await autocannon({ url, headers, connections: 1, amount });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return { p50Ms: result.latency.p50, p99Ms: result.latency.p99, requests: result.requests.total };
}
