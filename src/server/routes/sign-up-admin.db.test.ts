import { afterEach, describe, expect, it } from 'vitest';
import { hasAnyUser } from '../../db/repositories/users.js';
import { testDatabases } from '../../db/test-databases.js';
import type { BuildOptions } from '../app.js';
import { ensureSetupCode } from '../auth/setup-code.js';
import { SIGN_UPS_PER_ADDRESS } from '../auth/sign-in-limit.js';
import { SESSIONS_PER_ACCOUNT } from '../auth/signed-in.js';
import {
  type AccountsTestApp,
  goodPassword,
  sessionCookie,
  signUp,
  startAccountsTestApp,
} from '../auth/test-accounts.js';
import { invite, makeTherapist } from '../auth/test-therapists.js';

// Each test builds its own app and hashes several passwords: generous time on a busy machine.
describe.each(testDatabases())(
  'who may sign up, hosts and headers on $kind',
  { timeout: 120_000 },
  (target) => {
    let t: AccountsTestApp | undefined;
    const start = async (build: Partial<BuildOptions> = {}) => {
      t = await startAccountsTestApp(target, undefined, build);
      return t;
    };
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    /** A sign-up with the good password unless `extra` says otherwise. */
    const signUpAs = (
      app: AccountsTestApp,
      email: string,
      extra: { password?: string; setupCode?: string; invitation?: string } = {},
      remoteAddress = '127.0.0.1',
    ) =>
      app.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email, password: goodPassword, ...extra },
        remoteAddress,
      });

    it('a fresh server’s first sign-up needs the setup code, once', async () => {
      const a = await start();
      const code = await ensureSetupCode(
        a.database.db,
        () => hasAnyUser(a.database.db),
        a.clock.now,
      );
      expect(code).toMatch(/^[A-Z2-9]{10}$/);
      // Asked again (a second server, a restart), the same code.
      expect(
        await ensureSetupCode(a.database.db, () => hasAnyUser(a.database.db), a.clock.now),
      ).toBe(code);
      const options = await a.app.inject({ url: '/api/auth/sign-up-options' });
      expect(options.json()).toEqual({ signups: 'open', setupCodeNeeded: true });

      const without = await signUpAs(a, 'owner@example.org');
      expect(without.statusCode).toBe(403);
      expect(without.json().error.code).toBe('setup_code_required');
      const wrong = await signUpAs(a, 'owner@example.org', { setupCode: 'AAAAAAAAAA' });
      expect(wrong.statusCode).toBe(403);
      const right = await signUpAs(a, 'owner@example.org', { setupCode: code!.toLowerCase() });
      expect(right.statusCode).toBe(201);
      expect(right.json().account.isAdmin).toBe(true);
      expect(
        (await a.app.inject({ url: '/api/auth/sign-up-options' })).json().setupCodeNeeded,
      ).toBe(false);
      const second = await signUpAs(a, 'second@example.org');
      expect(second.statusCode).toBe(201);
      expect(second.json().account.isAdmin).toBe(false);
    });

    it('SIGNUPS=closed refuses sign-up plainly; the administrator makes accounts and can open it', async () => {
      const a = await start({ signups: 'closed' });
      const admin = await signUp(a.app, 'admin@example.org'); // the first account is always allowed
      const refused = await signUpAs(a, 'pat@example.org');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({
        code: 'signups_closed',
        message: expect.stringMatching(/does not take new accounts/),
      });
      expect((await a.app.inject({ url: '/api/auth/sign-up-options' })).json().signups).toBe(
        'closed',
      );

      const made = await a.app.inject({
        method: 'POST',
        url: '/api/admin/accounts',
        headers: { cookie: admin.cookie },
        payload: { email: 'pat@example.org', password: goodPassword },
      });
      expect(made.statusCode).toBe(201);
      const pat = await a.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'pat@example.org', password: goodPassword },
      });
      expect(pat.statusCode).toBe(200);
      const patCookie = sessionCookie(pat);
      for (const request of [
        { method: 'GET' as const, url: '/api/admin/settings' },
        { method: 'PUT' as const, url: '/api/admin/settings', payload: { signups: 'open' } },
        {
          method: 'POST' as const,
          url: '/api/admin/accounts',
          payload: { email: 'x@example.org', password: goodPassword },
        },
      ]) {
        const response = await a.app.inject({ ...request, headers: { cookie: patCookie } });
        expect(response.statusCode, request.url).toBe(403);
      }

      const opened = await a.app.inject({
        method: 'PUT',
        url: '/api/admin/settings',
        headers: { cookie: admin.cookie },
        payload: { signups: 'open' },
      });
      expect(opened.json()).toEqual({
        signups: { mode: 'open', from: 'administrator', environment: 'closed' },
      });
      expect((await signUpAs(a, 'sam@example.org')).statusCode).toBe(201);
    });

    it('SIGNUPS=invite admits a sign-up only with a token the invitation hook accepts', async () => {
      const a = await start({
        signups: 'invite',
        invitations: async (token, email) => token === 'good-token' && email === 'kim@example.org',
      });
      await signUp(a.app, 'admin@example.org');
      const none = await signUpAs(a, 'kim@example.org');
      expect(none.json().error.code).toBe('invitation_required');
      const bad = await signUpAs(a, 'kim@example.org', { invitation: 'bad' });
      expect(bad.statusCode).toBe(403);
      const good = await signUpAs(a, 'kim@example.org', { invitation: 'good-token' });
      expect(good.statusCode).toBe(201);
    });

    it('by invitation, an open therapist invitation admits a sign-up; an ended one does not', async () => {
      const a = await start();
      const admin = await signUp(a.app, 'admin@example.org');
      const therapist = await signUp(a.app, 'ana@example.org');
      await makeTherapist(a, admin.cookie, therapist);
      // One invitation made and then revoked by its therapist; another left open.
      const ended = await invite(a, therapist.cookie);
      const list = await a.app.inject({
        url: '/api/therapist/invitations',
        headers: { cookie: therapist.cookie },
      });
      const revoked = await a.app.inject({
        method: 'DELETE',
        url: `/api/therapist/invitations/${list.json().items[0].id}`,
        headers: { cookie: therapist.cookie },
      });
      expect(revoked.statusCode).toBe(204);
      const token = await invite(a, therapist.cookie);
      const changed = await a.app.inject({
        method: 'PUT',
        url: '/api/admin/settings',
        headers: { cookie: admin.cookie },
        payload: { signups: 'invite' },
      });
      expect(changed.statusCode).toBe(200);

      const endedOne = await signUpAs(a, 'kim@example.org', { invitation: ended });
      expect(endedOne.json().error.code).toBe('invitation_required');
      const without = await signUpAs(a, 'kim@example.org');
      expect(without.json().error.code).toBe('invitation_required');
      const invited = await signUpAs(a, 'kim@example.org', { invitation: token });
      expect(invited.statusCode).toBe(201);
    });

    it(`sign-up is limited to ${SIGN_UPS_PER_ADDRESS} tries per address in 15 minutes (429 + Retry-After)`, async () => {
      const a = await start();
      for (let i = 0; i < SIGN_UPS_PER_ADDRESS; i++) {
        // Weak passwords: refused after the count, without the cost of hashing.
        const response = await signUpAs(a, `n${i}@example.org`, { password: 'short' }, '10.5.0.1');
        expect(response.statusCode).toBe(400);
      }
      const limited = await signUpAs(a, 'last@example.org', {}, '10.5.0.1');
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const elsewhere = await signUpAs(a, 'last@example.org', {}, '10.5.0.2');
      expect(elsewhere.statusCode).toBe(201);
    });

    it('bounds probing for taken emails: the per-address limit counts them, and invite or closed answer taken and new emails alike', async () => {
      const a = await start();
      await signUp(a.app, 'has-account@example.org');
      const probe = (email: string, address = '10.6.0.1') =>
        signUpAs(a, email, { password: goodPassword }, address);
      for (let i = 0; i < SIGN_UPS_PER_ADDRESS; i++) {
        const taken = await probe('has-account@example.org');
        expect(taken.statusCode).toBe(409);
        expect(taken.json().error.code).toBe('email_taken');
      }
      // The next probe from that address learns nothing: 429, taken or not.
      for (const email of ['has-account@example.org', 'new-one@example.org']) {
        const limited = await probe(email);
        expect(limited.statusCode).toBe(429);
      }
      await a.close();
      t = undefined;
      for (const mode of ['invite', 'closed'] as const) {
        const b = await start({ signups: mode });
        await signUp(b.app, `owner-${mode}@example.org`);
        const taken = await signUpAs(
          b,
          `owner-${mode}@example.org`,
          { password: goodPassword },
          '10.6.1.1',
        );
        const fresh = await signUpAs(
          b,
          `fresh-${mode}@example.org`,
          { password: goodPassword },
          '10.6.1.2',
        );
        expect(taken.statusCode).toBe(fresh.statusCode);
        expect(taken.json()).toEqual(fresh.json());
        await b.close();
        t = undefined;
      }
    });

    it(`keeps at most ${SESSIONS_PER_ACCOUNT} login sessions per account, ending the oldest`, async () => {
      const a = await start();
      const first = await signUp(a.app, 'many@example.org');
      const cookies = [first.cookie];
      for (let i = 0; i < SESSIONS_PER_ACCOUNT; i++) {
        a.clock.advance(1000);
        const response = await a.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: 'many@example.org', password: goodPassword },
        });
        cookies.push(sessionCookie(response));
      }
      const me = (cookie: string) => a.app.inject({ url: '/api/me', headers: { cookie } });
      expect((await me(cookies[0]!)).statusCode).toBe(401);
      expect((await me(cookies[1]!)).statusCode).toBe(200);
      expect((await me(cookies.at(-1)!)).statusCode).toBe(200);
    });

    it('answers only its own host names: loopback, IP addresses and the allowed ones', async () => {
      const a = await start({ allowedHosts: ['unknot.example.org'] });
      for (const host of [
        'localhost:3000',
        '127.0.0.1',
        '[::1]:3000',
        '192.168.1.20:3000',
        'Unknot.Example.org',
      ]) {
        const response = await a.app.inject({ url: '/api/health', headers: { host } });
        expect(response.statusCode, host).toBe(200);
      }
      for (const host of ['attacker.example', 'unknot.example.org.attacker.example']) {
        const response = await a.app.inject({
          url: '/api/auth/sign-up-options',
          headers: { host },
        });
        expect(response.statusCode, host).toBe(421);
        expect(response.json().error.code).toBe('unknown_host');
      }
    });

    it('sends HSTS only over TLS (a trusted proxy saying https), a Permissions-Policy, and no-store on personal data', async () => {
      const a = await start({ trustProxy: '127.0.0.1' });
      const me = await signUp(a.app, 'headers@example.org');
      const plain = await a.app.inject({ url: '/api/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
      expect(plain.headers['permissions-policy']).toMatch(/camera=\(\)/);
      const tls = await a.app.inject({
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000');
      // Someone not trusted as a proxy cannot ask for it.
      const spoofed = await a.app.inject({
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
        remoteAddress: '10.0.0.9',
      });
      expect(spoofed.headers['strict-transport-security']).toBeUndefined();
      for (const url of ['/api/me', '/api/me/progress', '/api/me/plans', '/api/me/export.json']) {
        const response = await a.app.inject({ url, headers: { cookie: me.cookie } });
        expect(response.headers['cache-control'], url).toBe('no-store');
      }
    });
  },
);
