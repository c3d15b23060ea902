// Who may make an account: SIGNUPS=open|invite|closed from the environment, unless the
// administrator chose otherwise (kept in app_meta, so it wins over the environment and holds
// for every server on the database). The first account is always allowed, with the setup code.
import { type SignUpMode, signUpModes } from '../../core/contracts/admin-settings.js';
import { readMeta, writeMeta } from '../../db/repositories/app-meta.js';
import type { Db } from '../../db/schema.js';

export { type SignUpMode, signUpModes };

export interface SignUpSetting {
  readonly mode: SignUpMode;
  /** "administrator" when the stored choice overrides the SIGNUPS setting. */
  readonly from: 'environment' | 'administrator';
}

const key = 'signups';

export async function signUpSetting(db: Db, fromEnvironment: SignUpMode): Promise<SignUpSetting> {
  const stored = await readMeta(db, key);
  return (signUpModes as readonly string[]).includes(stored ?? '')
    ? { mode: stored as SignUpMode, from: 'administrator' }
    : { mode: fromEnvironment, from: 'environment' };
}

export const storeSignUpMode = (db: Db, mode: SignUpMode, now: Date): Promise<void> =>
  writeMeta(db, key, mode, now);

/**
 * Whether an invitation token lets `email` make an account while SIGNUPS=invite (by default
 * an open therapist invitation does: auth/invitation-sign-up.ts).
 */
export type InvitationCheck = (token: string, email: string) => Promise<boolean>;
