// Accounts, written once: sign-up, sign-in, password change and account deletion bodies, the
// account the server answers with, and the password rules the web can check before sending.
import { z } from 'zod';

/** Emails are compared trimmed and in lower case, so one person cannot hold two accounts. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email())
  .describe('Email address; spaces around it and upper case are ignored');

// Passwords are measured in characters as people count them (code points), and kept below a
// size that would only slow the hash down.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 1000;

const Password = z.string().min(1).max(MAX_PASSWORD_LENGTH);
const NewPassword = z
  .string()
  .max(MAX_PASSWORD_LENGTH)
  .describe(`At least ${MIN_PASSWORD_LENGTH} characters, not a common password`);

export const MAX_DISPLAY_NAME_LENGTH = 80;

/** The name therapists and clients see for an account; 1-80 characters after trimming. */
export const DisplayName = z
  .string()
  .trim()
  .min(1)
  .max(MAX_DISPLAY_NAME_LENGTH)
  // Control characters (NUL among them) and half surrogate pairs cannot be shown or stored.
  .refine(
    (name) => [...name].every((c) => c >= ' ' && c !== '\u007f' && !/^[\uD800-\uDFFF]$/.test(c)),
    'Use letters, numbers and punctuation only.',
  )
  .describe('The name others see, 1-80 characters');

export const SignUpRequest = z.strictObject({
  email: Email,
  password: NewPassword,
  displayName: DisplayName.optional().describe(
    'The name others see; left out: the part of the email before the @',
  ),
  setupCode: z
    .string()
    .max(64)
    .optional()
    .describe("Only for a new server's first account: the code in the server's log"),
  invitation: z
    .string()
    .max(200)
    .optional()
    .describe('An invitation token, when the server takes new accounts by invitation only'),
});
export type SignUpRequest = z.infer<typeof SignUpRequest>;

/** GET /api/auth/sign-up-options: what the sign-up form should ask and say. */
export const SignUpOptions = z.object({
  signups: z
    .enum(['open', 'invite', 'closed'])
    .describe('open: anyone; invite: by invitation; closed: the administrator makes accounts'),
  setupCodeNeeded: z
    .boolean()
    .describe('True on a new server: the first account needs the setup code'),
});
export type SignUpOptions = z.infer<typeof SignUpOptions>;

/** A code from the authenticator app (6 digits) or one of the account's recovery codes. */
export const SecondFactorCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .describe('6 digits from the authenticator app, or a recovery code');

export const SignInRequest = z.strictObject({
  email: Email,
  password: Password,
  totp: SecondFactorCode.optional().describe(
    'Needed when two-factor sign-in is on: without it 401 totp_required, wrong 401 totp_invalid',
  ),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: Password,
  newPassword: NewPassword,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** Deleting an account asks for the password again, so an open laptop cannot do it. */
export const DeleteAccountRequest = z.strictObject({ password: Password });
export type DeleteAccountRequest = z.infer<typeof DeleteAccountRequest>;

export const AccountRole = z.enum(['person', 'therapist']);
export type AccountRole = z.infer<typeof AccountRole>;

export const Account = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: AccountRole.describe('Every account is a person; the administrator can make a therapist'),
  isAdmin: z.boolean().describe('True for the first account made on this server'),
  twoFactor: z.boolean().describe('True when sign-in also asks for an authenticator code'),
  createdAt: z.string().describe('ISO 8601 instant'),
});
export type Account = z.infer<typeof Account>;

export const AccountAnswer = z.object({ account: Account });
export type AccountAnswer = z.infer<typeof AccountAnswer>;

export const ChangeAccountRequest = z.strictObject({ displayName: DisplayName });
export type ChangeAccountRequest = z.infer<typeof ChangeAccountRequest>;

/** Why a new password is refused; `common` is decided by the server's list. */
export type PasswordProblem = 'too-short' | 'one-character' | 'same-as-email' | 'common';

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  'too-short': `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  'one-character': 'Use more than one character, repeated.',
  'same-as-email': 'Use a password that is not your email address.',
  common: 'That password is on a list of the most common ones. Please pick another.',
};

/** The rules a device can check alone; the server also refuses common passwords. */
export const passwordProblem = (password: string, email: string): PasswordProblem | null => {
  const characters = [...password.normalize('NFC')];
  if (characters.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (new Set(characters).size === 1) return 'one-character';
  const lower = password.toLowerCase();
  const name = email.trim().toLowerCase();
  if (lower === name || lower === name.split('@')[0]) return 'same-as-email';
  return null;
};
