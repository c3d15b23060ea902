import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/test-databases.js';
import { goodPassword } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';

describe.each(testDatabases())('display names and roles on $kind', (target) => {
  const t = appWithPeople(target, {});

  const signUp = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-up', payload });

  it('asks for a name at sign-up, and uses the part of the email before the @ when none is given', async () => {
    const named = await signUp({
      email: 'ana@example.org',
      password: goodPassword,
      displayName: '  Ana Ruiz ',
    });
    expect(named.statusCode).toBe(201);
    expect(named.json().account).toMatchObject({
      displayName: 'Ana Ruiz',
      role: 'person',
      twoFactor: false,
      isAdmin: true,
    });
    const unnamed = await signUp({ email: 'Bo.Lind@example.org', password: goodPassword });
    expect(unnamed.json().account).toMatchObject({ displayName: 'bo.lind', role: 'person' });
  });

  it('refuses an empty, too long or control-character name with 400', async () => {
    for (const displayName of ['   ', 'x'.repeat(81), 'a\u0000b', 'tab\there']) {
      const response = await signUp({
        email: `n${displayName.length}@example.org`,
        password: goodPassword,
        displayName,
      });
      expect(response.statusCode, JSON.stringify(displayName)).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
    }
  });

  it('lets a person change their name, and /api/me shows it', async () => {
    const signedUp = await signUp({ email: 'cy@example.org', password: goodPassword });
    const cookie = `__Host-unknot=${signedUp.cookies.find((c) => c.name === '__Host-unknot')?.value}`;
    const changed = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { displayName: 'Cy Okafor' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().account.displayName).toBe('Cy Okafor');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().account.displayName).toBe('Cy Okafor');
    const bad = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie },
      payload: { displayName: '' },
    });
    expect(bad.statusCode).toBe(400);
    const signedOut = await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'Nobody' },
    });
    expect(signedOut.statusCode).toBe(401);
  });
});
