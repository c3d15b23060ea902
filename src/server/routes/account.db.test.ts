import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/test-databases.js';
import { goodPassword, sessionCookie, signUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';

const minute = 60_000;
const day = 24 * 60 * minute;

describe.each(testDatabases())('signed-in accounts on $kind', (target) => {
  const t = appWithPeople(target, {}, { build: { allowedHosts: ['unknot.example.org'] } });

  const me = (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const signIn = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

  describe('sessions', () => {
    it('end after 30 days without a visit, and a visit keeps them going', async () => {
      t.clock.advance(day);
      const hal = await signUp(t.app, 'hal@example.org');
      t.clock.advance(29 * day);
      const visit = await me(hal.cookie);
      expect(visit.statusCode).toBe(200);
      // The visit moved the expiry and sent the cookie again with a fresh Max-Age.
      expect(visit.cookies.find((c) => c.name === '__Host-unknot')?.maxAge).toBe(30 * 24 * 60 * 60);
      t.clock.advance(29 * day);
      expect((await me(hal.cookie)).statusCode).toBe(200);
      t.clock.advance(30 * day);
      const ended = await me(hal.cookie);
      expect(ended.statusCode).toBe(401);
      expect(ended.json().error.code).toBe('unauthorized');
    });

    it('sign out ends this session only, and clears the cookie', async () => {
      const ivy = await signUp(t.app, 'ivy@example.org');
      const other = sessionCookie(await signIn('ivy@example.org', goodPassword));
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-out',
        headers: { cookie: ivy.cookie },
      });
      expect(out.statusCode).toBe(204);
      const cleared = out.cookies.find((c) => c.name === '__Host-unknot');
      expect(cleared?.value).toBe('');
      expect((await me(ivy.cookie)).statusCode).toBe(401);
      expect((await me(other)).statusCode).toBe(200);
    });

    it('sign out everywhere ends every session of the account', async () => {
      const jo = await signUp(t.app, 'jo@example.org');
      const phone = sessionCookie(await signIn('jo@example.org', goodPassword));
      const out = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-out-everywhere',
        headers: { cookie: jo.cookie },
      });
      expect(out.statusCode).toBe(204);
      expect((await me(jo.cookie)).statusCode).toBe(401);
      expect((await me(phone)).statusCode).toBe(401);
    });

    it('a made-up or damaged cookie is simply signed out', async () => {
      for (const cookie of ['__Host-unknot=abc', `__Host-unknot=${'A'.repeat(43)}`, 'unknot=x']) {
        expect((await me(cookie)).statusCode).toBe(401);
      }
    });
  });

  describe('changing the password', () => {
    it('needs the current password, ends other sessions, and keeps this device signed in', async () => {
      const kim = await signUp(t.app, 'kim@example.org');
      const laptop = sessionCookie(await signIn('kim@example.org', goodPassword));
      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/me/password',
        headers: { cookie: kim.cookie },
        payload: { currentPassword: 'not my password', newPassword: 'a brand new secret' },
      });
      expect(wrong.statusCode).toBe(403);
      expect(wrong.json().error.code).toBe('wrong_password');
      const weak = await t.app.inject({
        method: 'POST',
        url: '/api/me/password',
        headers: { cookie: kim.cookie },
        payload: { currentPassword: goodPassword, newPassword: 'qwertyuiop' },
      });
      expect(weak.json().error.code).toBe('weak_password');
      const changed = await t.app.inject({
        method: 'POST',
        url: '/api/me/password',
        headers: { cookie: kim.cookie },
        payload: { currentPassword: goodPassword, newPassword: 'a brand new secret' },
      });
      expect(changed.statusCode).toBe(204);
      expect((await me(laptop)).statusCode).toBe(401);
      expect((await me(kim.cookie)).statusCode).toBe(401);
      expect((await me(sessionCookie(changed))).statusCode).toBe(200);
      expect((await signIn('kim@example.org', goodPassword)).statusCode).toBe(401);
      expect((await signIn('kim@example.org', 'a brand new secret')).statusCode).toBe(200);
    });
  });

  describe('requests from another site', () => {
    it('are refused with 403 when Origin names another host', async () => {
      const lee = await signUp(t.app, 'lee@example.org');
      for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example']) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-out-everywhere',
          headers: { cookie: lee.cookie, origin, host: 'localhost' },
        });
        expect(response.statusCode, origin).toBe(403);
        expect(response.json().error.code).toBe('forbidden');
      }
      const crossSite = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'sec-fetch-site': 'cross-site' },
        payload: { email: 'lee@example.org', password: goodPassword },
      });
      expect(crossSite.statusCode).toBe(403);
      expect((await me(lee.cookie)).statusCode).toBe(200);
    });

    it('are allowed from the same host, or with no Origin at all', async () => {
      const sameOrigin = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: 'http://192.168.1.20:3000', host: '192.168.1.20:3000' },
        payload: { email: 'lee@example.org', password: goodPassword },
      });
      expect(sameOrigin.statusCode).toBe(200);
      const defaultPort = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: 'https://unknot.example.org', host: 'unknot.example.org:443' },
        payload: { email: 'lee@example.org', password: goodPassword },
      });
      expect(defaultPort.statusCode).toBe(200);
    });
  });
});
