import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passwordProblem } from '../../core/contracts/account.js';
import { passwordReady, passwordRules } from './password-rules.js';

const metOf = (password: string, email: string) =>
  Object.fromEntries(passwordRules(password, email).map((rule) => [rule.id, rule.met]));

describe('the password rules shown before sending', () => {
  it('ticks each rule as it is met, and says how many characters so far', () => {
    expect(metOf('', 'ana@example.org')).toEqual({
      length: false,
      'not-email': false,
      'not-one-character': false,
      'not-common': null,
    });
    expect(passwordRules('short', 'ana@example.org')[0]?.text).toContain('5 so far');
    expect(metOf('ana@example.org', 'ana@example.org')['not-email']).toBe(false);
    expect(metOf('aaaaaaaaaaaa', 'ana@example.org')['not-one-character']).toBe(false);
    expect(passwordReady('river stone lamp', 'ana@example.org')).toBe(true);
  });

  it('counts characters as people do, so an accented or emoji password is not cut short', () => {
    expect(metOf('çà🙂çà🙂çà🙂ç', 'a@b.c').length).toBe(true);
  });

  it('lets a password through exactly when the shared rules of the server would', () => {
    const passwords = fc.oneof(
      fc.string({ maxLength: 14 }),
      fc.constantFrom('ana', 'ANA@EXAMPLE.ORG', 'xxxxxxxxxxxx', 'ana-the-walker'),
    );
    fc.assert(
      fc.property(
        passwords,
        fc.constantFrom('ana@example.org', 'ANA@example.org '),
        (password, email) => {
          expect(passwordReady(password, email)).toBe(passwordProblem(password, email) === null);
        },
      ),
      { numRuns: 300 },
    );
  });
});
