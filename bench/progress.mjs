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

/**
 * Signs up a new person with `days` daily sessions; returns the cookie header to use. On a new
 * server the first account needs the setup code the server printed.
 */
export async function personWithHistory(base, setupCode = null) {
  const signUp = await fetch(`${base}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${randomUUID()}@example.org`,
      password: 'a long bench password 42',
      ...(setupCode ? { setupCode } : {}),
    }),
  });
  await json(signUp);
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
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
