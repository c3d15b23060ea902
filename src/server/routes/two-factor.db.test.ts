import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/test-databases.js';
import { goodPassword, type SignedUp, sessionCookie, signUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';
import { nextCode, turnOnTwoFactor } from '../auth/test-therapists.js';
import { totpCodeAt } from '../auth/totp.js';

const step = 30_000;

describe.each(testDatabases())('two-factor sign-in on $kind', (target) => {
  const t = appWithPeople(target, {});

  const signIn = (email: string, extra: Record<string, unknown> = {}, password = goodPassword) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password, ...extra },
    });
  const me = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).json().account;

  it('sets up with a secret, an otpauth link and a QR code as rows of 0 and 1', async () => {
    const ana = await signUp(t.app, 'ana@example.org');
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/me/two-factor',
      headers: { cookie: ana.cookie },
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qr } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Unknot:ana%40example\.org\?/);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(otpauthUrl).toContain('algorithm=SHA1');
    expect(otpauthUrl).toContain('digits=6');
    expect(otpauthUrl).toContain('period=30');
    expect(qr.rows).toHaveLength(qr.size);
    for (const row of qr.rows) expect(row).toMatch(new RegExp(`^[01]{${qr.size}}$`));
    // Nothing changes at sign-in before the first code is confirmed.
    expect((await signIn('ana@example.org')).statusCode).toBe(200);
    expect((await me(ana.cookie)).twoFactor).toBe(false);
  });

  it('turns on only with a right code, and then gives 10 different recovery codes', async () => {
    const bo = await signUp(t.app, 'bo@example.org');
    const notStarted = await t.app.inject({
      method: 'POST',
      url: '/api/me/two-factor/confirm',
      headers: { cookie: bo.cookie },
      payload: { code: '123456' },
    });
    expect(notStarted.json().error.code).toBe('two_factor_not_started');
    const { recoveryCodes } = await turnOnTwoFactor(t, bo.cookie);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await me(bo.cookie)).twoFactor).toBe(true);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/me/two-factor',
      headers: { cookie: bo.cookie },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('two_factor_on');
  });

  describe('when it is on', () => {
    let cy: SignedUp;
    let secret: string;
    let recoveryCodes: string[];
    beforeAll(async () => {
      cy = await signUp(t.app, 'cy@example.org');
      ({ secret, recoveryCodes } = await turnOnTwoFactor(t, cy.cookie));
    });

    it('sign-in asks for the code: missing 401 totp_required, wrong 401 totp_invalid', async () => {
      t.clock.advance(10 * step);
      const missing = await signIn('cy@example.org');
      expect(missing.statusCode).toBe(401);
      expect(missing.json().error.code).toBe('totp_required');
      expect(missing.cookies).toHaveLength(0);
      const wrong = await signIn('cy@example.org', { totp: '000000' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error.code).toBe('totp_invalid');
      // A wrong password says nothing about the code.
      const badPassword = await signIn('cy@example.org', { totp: '000000' }, 'not the password');
      expect(badPassword.json().error.code).toBe('invalid_credentials');
      t.clock.advance(16 * 60_000);
    });

    it('accepts the codes of the previous, current and next step, and none further', async () => {
      for (const offset of [-1, 0, 1]) {
        t.clock.advance(10 * step);
        const code = totpCodeAt(secret, new Date(t.clock.now.getTime() + offset * step));
        const response = await signIn('cy@example.org', { totp: code });
        expect(response.statusCode, `step ${offset}`).toBe(200);
        expect(sessionCookie(response)).toMatch(/^__Host-unknot=/);
      }
      for (const offset of [-3, -2, 2, 3]) {
        t.clock.advance(10 * step);
        const code = totpCodeAt(secret, new Date(t.clock.now.getTime() + offset * step));
        const response = await signIn('cy@example.org', { totp: code });
        expect(response.statusCode, `step ${offset}`).toBe(401);
        expect(response.json().error.code).toBe('totp_invalid');
      }
      t.clock.advance(16 * 60_000);
    });

    it('never accepts a code twice, nor an older one after a newer', async () => {
      const code = nextCode(t, secret);
      expect((await signIn('cy@example.org', { totp: code })).statusCode).toBe(200);
      const replay = await signIn('cy@example.org', { totp: code });
      expect(replay.json().error.code).toBe('totp_invalid');
      const older = totpCodeAt(secret, new Date(t.clock.now.getTime() - step));
      expect((await signIn('cy@example.org', { totp: older })).json().error.code).toBe(
        'totp_invalid',
      );
      t.clock.advance(16 * 60_000);
    });

    it('accepts each recovery code once, whatever its case and dashes', async () => {
      const first = recoveryCodes[0]!;
      const typed = first.toUpperCase().replace(/-/g, ' ');
      expect((await signIn('cy@example.org', { totp: typed })).statusCode).toBe(200);
      const again = await signIn('cy@example.org', { totp: first });
      expect(again.statusCode).toBe(401);
      expect(again.json().error.code).toBe('totp_invalid');
      expect((await signIn('cy@example.org', { totp: recoveryCodes[1]! })).statusCode).toBe(200);
    });

    it('counts wrong codes in the limit of 5 failures per account, even with the right password', async () => {
      t.clock.advance(16 * 60_000);
      for (let i = 0; i < 5; i++) {
        expect((await signIn('cy@example.org', { totp: '000000' })).statusCode).toBe(401);
      }
      const limited = await signIn('cy@example.org', { totp: nextCode(t, secret) });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
      t.clock.advance(16 * 60_000);
      expect((await signIn('cy@example.org', { totp: nextCode(t, secret) })).statusCode).toBe(200);
    });

    it('turns off only with the password, and then sign-in needs no code', async () => {
      const wrong = await t.app.inject({
        method: 'DELETE',
        url: '/api/me/two-factor',
        headers: { cookie: cy.cookie },
        payload: { password: 'not the password' },
      });
      expect(wrong.statusCode).toBe(403);
      const off = await t.app.inject({
        method: 'DELETE',
        url: '/api/me/two-factor',
        headers: { cookie: cy.cookie },
        payload: { password: goodPassword },
      });
      expect(off.statusCode).toBe(204);
      expect((await me(cy.cookie)).twoFactor).toBe(false);
      t.clock.advance(16 * 60_000);
      expect((await signIn('cy@example.org')).statusCode).toBe(200);
    });
  });
});
