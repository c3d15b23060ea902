import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSessionLog } from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { type SignedUp, signUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';
import { link, setRole, turnOnTwoFactor } from '../auth/test-therapists.js';

describe.each(testDatabases())('the administrator on $kind', (target) => {
  const t = appWithPeople(target, { admin: 'admin@example.org' });
  const { admin } = t.people;
  let ana: SignedUp;
  let tess: SignedUp;
  beforeAll(async () => {
    t.clock.advance(60_000);
    ana = await signUp(t.app, 'ana@example.org');
    t.clock.advance(60_000);
    tess = await signUp(t.app, 'tess@example.org');
    await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: ana.cookie },
      payload: { sessionLogs: [sampleSessionLog(1)] },
    });
  });

  const get = (who: SignedUp | null, url: string) =>
    t.app.inject({ method: 'GET', url, headers: who ? { cookie: who.cookie } : {} });

  it('lists every account with name, role and sign-in times, and no health data', async () => {
    const response = await get(admin, '/api/admin/accounts');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.map((item: { email: string }) => item.email)).toEqual([
      'admin@example.org',
      'ana@example.org',
      'tess@example.org',
    ]);
    expect(items[1]).toEqual({
      id: ana.id,
      email: 'ana@example.org',
      displayName: 'ana',
      role: 'person',
      isAdmin: false,
      createdAt: '2024-03-04T08:01:00.000Z',
      lastSignInAt: '2024-03-04T08:01:00.000Z',
      twoFactor: false,
    });
    expect(response.body).not.toMatch(/pain|session|glute/i);
  });

  it('is refused to anyone else: 401 signed out, 403 signed in', async () => {
    expect((await get(null, '/api/admin/accounts')).statusCode).toBe(401);
    const refused = await get(ana, '/api/admin/accounts');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
    const role = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/accounts/${ana.id}/role`,
      headers: { cookie: ana.cookie },
      payload: { role: 'therapist' },
    });
    expect(role.statusCode).toBe(403);
  });

  it('makes a therapist and back; back ends its client access at once', async () => {
    const made = await setRole(t, admin.cookie, tess.id, 'therapist');
    expect(made.account).toMatchObject({ id: tess.id, role: 'therapist' });
    await turnOnTwoFactor(t, tess.cookie);
    await link(t, tess.cookie, ana.cookie);
    expect((await get(tess, `/api/therapist/clients/${ana.id}/session-logs`)).statusCode).toBe(200);
    await setRole(t, admin.cookie, tess.id, 'person');
    const after = await get(tess, `/api/therapist/clients/${ana.id}/session-logs`);
    expect(after.statusCode).toBe(403);
    expect(after.json().error.code).toBe('not_a_therapist');
    expect((await get(ana, '/api/me/therapists')).json().items).toEqual([]);
    // Ana's log shows the administrator's role changes on Tess only, and Tess's reads.
    const anaLog = (await get(ana, '/api/me/access-log')).json().items;
    expect(anaLog.map((e: { resource: string }) => e.resource)).toContain('session-logs');
    const tessLog = (await get(tess, '/api/me/access-log')).json().items;
    expect(tessLog.filter((e: { resource: string }) => e.resource === 'role')).toHaveLength(2);
    expect(tessLog[0].actor).toEqual({ id: admin.id, displayName: 'admin', role: 'administrator' });
  });

  it('answers 404 for an unknown account and 400 for an unknown role', async () => {
    const put = (id: string, role: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/admin/accounts/${id}/role`,
        headers: { cookie: admin.cookie },
        payload: { role },
      });
    expect((await put('00000000-0000-4000-8000-000000000000', 'therapist')).statusCode).toBe(404);
    expect((await put('nope', 'therapist')).statusCode).toBe(404);
    expect((await put(ana.id, 'administrator')).statusCode).toBe(400);
  });
});
