import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../content/readability.js';
import { passwordProblemMessages } from '../../core/contracts/account.js';
import type { ErrorDetails } from '../../core/contracts/error.js';
import { ApiFailure } from '../api.js';
import { accountProblem, accountWords, waitWords } from './account-words.js';

const failure = (code: string, status: number, details?: ErrorDetails) =>
  new ApiFailure(code, `server says ${code}`, status, details);

describe('what a person reads when an account request fails', () => {
  it('says how long to wait after too many wrong passwords', () => {
    expect(accountProblem(failure('rate_limited', 429, { retryAfterSeconds: 840 }))).toBe(
      'Too many wrong tries. To keep your account safe, please wait 14 minutes and try again.',
    );
    expect(waitWords(60)).toBe('1 minute');
    expect(waitWords(61)).toBe('2 minutes');
    expect(waitWords(1)).toBe('1 second');
    expect(waitWords(42)).toBe('42 seconds');
  });

  it('names the password rule that was broken, including the common-password list', () => {
    expect(accountProblem(failure('weak_password', 400, { reason: 'common' }))).toBe(
      passwordProblemMessages.common,
    );
    expect(accountProblem(failure('weak_password', 400, { reason: 'too-short' }))).toBe(
      passwordProblemMessages['too-short'],
    );
  });

  it('has its own words for wrong sign-in details, a wrong password, a taken email and a bad email', () => {
    expect(accountProblem(failure('invalid_credentials', 401))).toBe(
      accountWords.invalidCredentials,
    );
    expect(accountProblem(failure('wrong_password', 403))).toBe(accountWords.wrongPassword);
    expect(accountProblem(failure('email_taken', 409))).toBe(accountWords.emailTaken);
    expect(
      accountProblem(
        failure('invalid_body', 400, {
          issues: [{ path: 'email', code: 'invalid_format', message: 'bad' }],
        }),
      ),
    ).toBe(accountWords.badEmail);
  });

  it("passes on the server's own sentence for anything else, such as being offline", () => {
    expect(accountProblem(failure('offline', 0))).toBe('server says offline');
    expect(accountProblem(new Error('boom'))).toBe(accountWords.unknown);
  });

  it('keeps every sentence plain (reading grade 8 or lower)', () => {
    for (const text of [
      ...Object.values(accountWords),
      accountProblem(failure('rate_limited', 429, { retryAfterSeconds: 900 })),
    ]) {
      expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(8);
    }
  });
});
