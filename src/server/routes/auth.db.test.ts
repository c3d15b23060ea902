import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/test-databases.js';
import { goodPassword, sessionCookie, signUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';

const minute = 60_000;
const day = 24 * 60 * minute;

describe.each(testDatabases())('accounts on $kind', (target) => {
  const t = appWithPeople(target, {});

  const me = (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const signIn = (email: string, password: string, remoteAddress = '127.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      remoteAddress,
    });

  describe('signing up', () => {
    it('makes the first account on a fresh server its administrator, and no later one', async () => {
      const first = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: '  Ana@Example.ORG ', password: goodPassword },
      });
      expect(first.statusCode).toBe(201);
      expect(first.json().account).toMatchObject({ email: 'ana@example.org', isAdmin: true });
      const ben = await signUp(t.app, 'ben@example.org');
      expect((await me(ben.cookie)).json().account.isAdmin).toBe(false);
    });

    it('signs the new account in with an HttpOnly, SameSite=Lax, Secure __Host- cookie on localhost', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: 'cleo@example.org', password: goodPassword },
      });
      const cookie = response.cookies.find((c) => c.name === '__Host-unknot');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
      expect(cookie?.domain).toBeUndefined();
      expect(cookie?.maxAge).toBe(30 * 24 * 60 * 60);
      expect((await me(sessionCookie(response))).json().account.email).toBe('cleo@example.org');
    });

    it('uses a plain unknot cookie without Secure on a home network over HTTP', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        headers: { host: '192.168.1.20:3000' },
        payload: { email: 'dan@example.org', password: goodPassword },
      });
      const cookie = response.cookies.find((c) => c.name === 'unknot');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.secure).toBeUndefined();
      const answer = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { host: '192.168.1.20:3000', cookie: `unknot=${cookie?.value}` },
      });
      expect(answer.statusCode).toBe(200);
    });

    it('refuses a second account for the same email, whatever its case or spaces', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: 'ANA@example.org ', password: 'another long password' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('email_taken');
    });

    it('refuses short, common and one-character passwords with the reason', async () => {
      for (const [password, reason] of [
        ['short', 'too-short'],
        ['Password123', 'common'],
        ['aaaaaaaaaaaa', 'one-character'],
        ['eve@example.org', 'same-as-email'],
      ] as const) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-up',
          payload: { email: 'eve@example.org', password },
        });
        expect(response.statusCode, password).toBe(400);
        expect(response.json().error).toMatchObject({ code: 'weak_password', details: { reason } });
      }
    });

    it('answers a bad email or extra fields with 400 in the error shape', async () => {
      for (const payload of [
        { email: 'not an email', password: goodPassword },
        { email: 'f@example.org', password: goodPassword, isAdmin: true },
        { email: 'f@example.org' },
      ]) {
        const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up', payload });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.code).toBe('invalid_body');
      }
    });
  });

  describe('signing in', () => {
    it('signs in with the right password, whatever the case of the email', async () => {
      const response = await signIn('ANA@example.org', goodPassword);
      expect(response.statusCode).toBe(200);
      expect(response.json().account.email).toBe('ana@example.org');
      expect((await me(sessionCookie(response))).statusCode).toBe(200);
    });

    it('gives the same answer for a wrong password and for an unknown email', async () => {
      const wrong = await signIn('ana@example.org', 'not the password', '10.0.0.1');
      const unknown = await signIn('nobody@example.org', 'not the password', '10.0.0.1');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.cookies).toEqual([]);
    });

    it('stores only the hash of the session token', async () => {
      const response = await signIn('ben@example.org', goodPassword);
      const token = response.cookies.find((c) => c.name === '__Host-unknot')!.value;
      const rows = await sql<{ token_hash: string }>`select token_hash from login_sessions`.execute(
        t.database.db,
      );
      expect(rows.rows.length).toBeGreaterThan(0);
      expect(rows.rows.some((r) => r.token_hash.includes(token))).toBe(false);
    });

    it('after 5 wrong passwords for one account from one address, answers 429 with Retry-After there, even to the right one', async () => {
      await signUp(t.app, 'gus@example.org');
      t.clock.advance(minute);
      for (let i = 0; i < 5; i++) {
        const response = await signIn('gus@example.org', `wrong password ${i}`, '10.1.0.1');
        expect(response.statusCode).toBe(401);
        t.clock.advance(minute);
      }
      const blocked = await signIn('gus@example.org', goodPassword, '10.1.0.1');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('rate_limited');
      // The first failure leaves the window 15 minutes after it: 10 minutes from now.
      expect(blocked.headers['retry-after']).toBe(String(10 * 60));
      expect(blocked.json().error.details).toEqual({ retryAfterSeconds: 10 * 60 });
      t.clock.advance(10 * minute);
      const allowed = await signIn('gus@example.org', goodPassword, '10.1.0.1');
      expect(allowed.statusCode).toBe(200);
    });

    it('6 wrong passwords from one address do not stop the owner signing in from another', async () => {
      await signUp(t.app, 'hal@example.org');
      for (let i = 0; i < 6; i++)
        await signIn('hal@example.org', `wrong password ${i}`, '10.9.0.1');
      expect((await signIn('hal@example.org', goodPassword, '10.9.0.1')).statusCode).toBe(429);
      expect((await signIn('hal@example.org', goodPassword, '10.9.0.2')).statusCode).toBe(200);
    });

    it('after 20 failures from one address, answers 429 for any account from there, but not from elsewhere', async () => {
      t.clock.advance(day);
      for (let i = 0; i < 20; i++) {
        const response = await signIn(`guess${i}@example.org`, 'wrong password', '10.2.0.1');
        expect(response.statusCode).toBe(401);
      }
      expect((await signIn('ben@example.org', goodPassword, '10.2.0.1')).statusCode).toBe(429);
      expect((await signIn('ben@example.org', goodPassword, '10.2.0.2')).statusCode).toBe(200);
    });

    it('forgets an account’s failures after a good sign-in', async () => {
      t.clock.advance(day);
      for (let i = 0; i < 4; i++) await signIn('ben@example.org', 'wrong password', '10.3.0.1');
      expect((await signIn('ben@example.org', goodPassword, '10.3.0.1')).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) {
        expect((await signIn('ben@example.org', 'wrong password', '10.3.0.1')).statusCode).toBe(
          401,
        );
      }
      expect((await signIn('ben@example.org', goodPassword, '10.3.0.1')).statusCode).toBe(200);
    });
  });
});
