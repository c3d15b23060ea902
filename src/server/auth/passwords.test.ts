import { describe, expect, it } from 'vitest';
import commonPasswordList from './common-passwords.json' with { type: 'json' };
import {
  commonPasswordCount,
  currentHashPrefix,
  hashPassword,
  needsRehash,
  newPasswordProblem,
  verifyNobody,
  verifyPassword,
} from './passwords.js';

describe('password hashing', () => {
  it('uses argon2id with m=19456 KiB, t=2, p=1', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash.startsWith(currentHashPrefix)).toBe(true);
    expect(needsRehash(hash)).toBe(false);
    expect(needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA')).toBe(true);
  });

  it('accepts the right password only', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse batterY')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse battery')).toBe(false);
    expect(await verifyNobody('correct horse battery')).toBe(false);
  });

  it('treats an accent typed as one or two code points as the same password', async () => {
    const composed = 'café au lait 2024'; // é as U+00E9
    const decomposed = 'cafe\u0301 au lait 2024'; // e + combining acute
    expect(composed).not.toBe(decomposed);
    expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
  });
});

describe('new password rules', () => {
  it('asks for at least 10 characters, counted as people count them', () => {
    expect(newPasswordProblem('short pw', 'a@example.org')).toBe('too-short');
    expect(newPasswordProblem('ëëëëëëëëë1', 'a@example.org')).toBeNull();
    // Nine emoji are nine characters, though JavaScript counts eighteen code units.
    expect(newPasswordProblem('🙂🙃🙂🙃🙂🙃🙂🙃🙂', 'a@example.org')).toBe('too-short');
  });

  it('refuses common passwords whatever their case', () => {
    expect(newPasswordProblem('password123', 'a@example.org')).toBe('common');
    expect(newPasswordProblem('QwertyUiop', 'a@example.org')).toBe('common');
    expect(newPasswordProblem('1234567890', 'a@example.org')).toBe('common');
  });

  it('refuses one character repeated, and the email or its name part', () => {
    expect(newPasswordProblem('zzzzzzzzzzzz', 'a@example.org')).toBe('one-character');
    expect(newPasswordProblem('Long.Name@Example.org', 'long.name@example.org')).toBe(
      'same-as-email',
    );
    expect(newPasswordProblem('someonelonger', 'someonelonger@example.org')).toBe('same-as-email');
  });

  it('accepts a long, uncommon password', () => {
    expect(newPasswordProblem('correct horse battery', 'a@example.org')).toBeNull();
  });

  it('ships a list of at least 10,000 common passwords, in lower case', () => {
    expect(commonPasswordCount).toBeGreaterThanOrEqual(10_000);
    for (const entry of commonPasswordList as string[]) expect(entry).toBe(entry.toLowerCase());
  });

  it('refuses a common word with the usual digits and symbols around it', () => {
    expect(newPasswordProblem('Password123!', 'a@example.org')).toBe('common');
    expect(newPasswordProblem('!!Sunshine2024', 'a@example.org')).toBe('common');
    expect(newPasswordProblem('dragon-tiger-moon42', 'a@example.org')).toBeNull();
  });
});
