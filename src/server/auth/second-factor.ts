// The second step of signing in when two-factor is on: a code from the authenticator app (each
// step used once) or an unused recovery code. It runs inside the password check, so a wrong or
// missing code counts in the same rate limits as a wrong password.
import {
  findTwoFactor,
  spendRecoveryCode,
  spendTotpStep,
} from '../../db/repositories/two-factor.js';
import type { Db } from '../../db/schema.js';
import type { Clock } from './clock.js';
import { looksLikeRecoveryCode, matchingStep, recoveryCodeHash } from './totp.js';

export type SecondFactorOutcome = 'not-needed' | 'ok' | 'missing' | 'invalid';

/** True when the code (app or recovery) is right now for this account, using it up. */
export async function spendSecondFactorCode(
  deps: { readonly db: Db; readonly clock: Clock },
  userId: string,
  secret: string,
  code: string,
): Promise<boolean> {
  const now = deps.clock();
  const step = matchingStep(secret, code, now);
  if (step !== null) return spendTotpStep(deps.db, userId, step);
  if (looksLikeRecoveryCode(code)) {
    return spendRecoveryCode(deps.db, userId, recoveryCodeHash(code), now);
  }
  return false;
}

/**
 * The check to run once the password is right, and what it found. `run` answers true when
 * sign-in may go on; `outcome` then says why not.
 */
export function secondFactorCheck(
  deps: { readonly db: Db; readonly clock: Clock },
  user: { readonly id: string; readonly twoFactor: boolean } | null,
  code: string | undefined,
): { run: () => Promise<boolean>; outcome: () => SecondFactorOutcome } {
  let outcome: SecondFactorOutcome = 'not-needed';
  return {
    outcome: () => outcome,
    async run() {
      if (!user?.twoFactor) return true;
      const state = await findTwoFactor(deps.db, user.id);
      if (!state?.enabled || state.secret === null) return true;
      if (code === undefined) {
        outcome = 'missing';
        return false;
      }
      const right = await spendSecondFactorCode(deps, user.id, state.secret, code);
      outcome = right ? 'ok' : 'invalid';
      return right;
    },
  };
}
