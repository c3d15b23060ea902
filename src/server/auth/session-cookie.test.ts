import { describe, expect, it } from 'vitest';
import {
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionCookieFor,
  sessionExpiry,
} from './session-cookie.js';
import { looksLikeSessionToken, newSessionToken, tokenHash } from './tokens.js';

describe('the session cookie', () => {
  it('is __Host-unknot with Secure over TLS', () => {
    expect(sessionCookieFor({ protocol: 'https', hostname: 'unknot.example.org' })).toEqual({
      name: '__Host-unknot',
      secure: true,
    });
  });

  it('is __Host-unknot with Secure on localhost over plain HTTP, where browsers allow Secure', () => {
    for (const hostname of ['localhost', '127.0.0.1', '[::1]', '::1', 'LOCALHOST']) {
      expect(sessionCookieFor({ protocol: 'http', hostname })).toEqual({
        name: '__Host-unknot',
        secure: true,
      });
    }
  });

  it('is plain unknot without Secure on a home network over plain HTTP, so sign-in still works', () => {
    for (const hostname of ['192.168.1.20', 'unknot.local', 'nas']) {
      expect(sessionCookieFor({ protocol: 'http', hostname })).toEqual({
        name: 'unknot',
        secure: false,
      });
    }
  });

  it('lasts 30 days from the last visit, and never more than 180 days from sign-in', () => {
    const signIn = new Date('2024-01-01T00:00:00Z');
    expect(sessionExpiry(signIn, signIn).getTime()).toBe(signIn.getTime() + SESSION_IDLE_MS);
    const late = new Date(signIn.getTime() + 170 * 86_400_000);
    expect(sessionExpiry(signIn, late).getTime()).toBe(signIn.getTime() + SESSION_MAX_MS);
  });
});

describe('session tokens', () => {
  it('are 256 random bits in base64url, different every time, stored only as SHA-256', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(a).not.toBe(b);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(looksLikeSessionToken(a)).toBe(true);
    expect(looksLikeSessionToken(`${a}x`)).toBe(false);
    expect(tokenHash(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(a)).not.toContain(a);
  });
});
