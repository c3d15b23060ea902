// Plain sentences for what can go wrong with an account, for every error code the account
// endpoints answer with, so a person always reads what happened and what to do next.
import { type PasswordProblem, passwordProblemMessages } from '../../core/contracts/account.js';
import { ApiFailure } from '../api.js';

/** "15 minutes", "1 minute", "40 seconds": how long to wait before trying again. */
export function waitWords(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `${whole} ${whole === 1 ? 'second' : 'seconds'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

export const accountWords = {
  badEmail: 'Check the email address. It looks like name@example.org.',
  emptyPassword: 'Type your password.',
  wrongPassword: 'That password is not right. Check it and try again.',
  invalidCredentials: 'The email or the password is not right. Check both and try again.',
  emailTaken: 'There is already an account with this email. Sign in instead.',
  tooBig: 'That file is too big to bring back here.',
  unknown: 'Something went wrong. Nothing was changed. Please try again.',
  totpInvalid: 'That code is not right. Type the newest code the app shows for Unknot.',
  twoFactorRequired: 'Turn on two-step sign-in on your account page before you see any client.',
  invitationNotFound: 'This invitation cannot be used. Ask your therapist for a new one.',
} as const;

/** How an account form shows its outcome (see requests/Outcome.tsx). */
export const accountOutcome = { problem: 'account-problem', done: 'account-done' } as const;

/** The sentence to show for a failed account request. */
export function accountProblem(error: unknown): string {
  if (!(error instanceof ApiFailure)) return accountWords.unknown;
  switch (error.code) {
    case 'weak_password': {
      const reason = error.details?.reason;
      return reason !== undefined && reason in passwordProblemMessages
        ? passwordProblemMessages[reason as PasswordProblem]
        : error.message;
    }
    case 'rate_limited': {
      const seconds = error.details?.retryAfterSeconds;
      return seconds !== undefined
        ? `Too many wrong tries. To keep your account safe, please wait ${waitWords(seconds)} and try again.`
        : error.message;
    }
    case 'invalid_credentials':
      return accountWords.invalidCredentials;
    case 'wrong_password':
      return accountWords.wrongPassword;
    case 'email_taken':
      return accountWords.emailTaken;
    case 'totp_invalid':
      return accountWords.totpInvalid;
    case 'two_factor_required':
      return accountWords.twoFactorRequired;
    case 'invitation_not_found':
      return accountWords.invitationNotFound;
    case 'payload_too_large':
      return accountWords.tooBig;
    case 'invalid_body':
      return (error.details?.issues ?? []).some((issue) => issue.path.startsWith('email'))
        ? accountWords.badEmail
        : error.message;
    default:
      return error.message || accountWords.unknown;
  }
}
