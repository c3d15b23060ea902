// The password rules shown beside the field before anything is sent, each ticked as it is met.
// They are the rules of passwordProblem (src/core/contracts/account.ts), one by one; the
// server also refuses common passwords, which only it can check.
import { MIN_PASSWORD_LENGTH } from '../../core/contracts/account.js';

export type PasswordRuleId = 'length' | 'not-email' | 'not-one-character' | 'not-common';

export interface PasswordRule {
  readonly id: PasswordRuleId;
  readonly text: string;
  /** null when only the server can tell (the common-password list). */
  readonly met: boolean | null;
}

export function passwordRules(password: string, email: string): PasswordRule[] {
  const characters = [...password.normalize('NFC')];
  const lower = password.toLowerCase();
  const name = email.trim().toLowerCase();
  const isEmail = password !== '' && (lower === name || lower === name.split('@')[0]);
  return [
    {
      id: 'length',
      text: `At least ${MIN_PASSWORD_LENGTH} characters (${characters.length} so far)`,
      met: characters.length >= MIN_PASSWORD_LENGTH,
    },
    { id: 'not-email', text: 'Not your email address', met: password !== '' && !isEmail },
    {
      id: 'not-one-character',
      text: 'Not one character over and over',
      met: new Set(characters).size > 1,
    },
    {
      id: 'not-common',
      text: 'Not a common password (the server checks this when you send it)',
      met: null,
    },
  ];
}

/** True when every rule the device can check is met. */
export const passwordReady = (password: string, email: string): boolean =>
  passwordRules(password, email).every((rule) => rule.met !== false);
