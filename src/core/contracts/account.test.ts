import { describe, expect, it } from 'vitest';
import { Email, passwordProblem, SignUpRequest } from './account.js';

describe('account contracts', () => {
  it('trim emails and put them in lower case, so one address is one account', () => {
    expect(Email.parse('  Ana.Lima@Example.ORG ')).toBe('ana.lima@example.org');
    expect(Email.safeParse('ana at example.org').success).toBe(false);
  });

  it('refuse unknown fields in a sign-up', () => {
    const body = { email: 'a@example.org', password: 'long enough words', isAdmin: true };
    expect(SignUpRequest.safeParse(body).success).toBe(false);
  });

  it('let a device check the length and email rules before sending', () => {
    expect(passwordProblem('nine char', 'a@example.org')).toBe('too-short');
    expect(passwordProblem('ten chars!', 'a@example.org')).toBeNull();
    expect(passwordProblem('----------', 'a@example.org')).toBe('one-character');
    expect(passwordProblem('anabelle.k', 'Anabelle.K@example.org')).toBe('same-as-email');
  });
});
