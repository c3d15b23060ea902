// Rate limits for password checks, kept in the database so every server process counts the
// same attempts: 5 failures per account and 20 per address in any 15 minutes.
import { createHash } from 'node:crypto';
import {
  failureTimesSince,
  forgetSignInFailures,
  pruneSignInFailures,
  recordSignInFailures,
} from '../../db/repositories/sign-in-failures.js';
import type { Db } from '../../db/schema.js';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const FAILURES_PER_ACCOUNT = 5;
export const FAILURES_PER_ADDRESS = 20;

// Keys are hashed so the table says how often, never which email or address.
const keyOf = (kind: 'account' | 'address', value: string) =>
  createHash('sha256').update(`${kind}:${value}`).digest('hex');

export interface Attempt {
  readonly ids: readonly number[];
  readonly accountKey: string;
}

export type AttemptStart =
  | { readonly ok: true; readonly attempt: Attempt }
  | { readonly ok: false; readonly retryAfterSeconds: number };

/** Seconds until `times` (failures before this attempt, oldest first) drop below `limit`. */
export const secondsUntilAllowed = (times: readonly Date[], limit: number, now: Date): number => {
  const mustExpire = times[times.length - limit];
  if (!mustExpire) return 0;
  return Math.max(1, Math.ceil((mustExpire.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 1000));
};

/**
 * Starts a password check. The attempt is first written down as a failure, then counted:
 * concurrent attempts each see the others, so no burst can slip past the limit. A refused
 * attempt is taken back out, so hammering does not extend the wait.
 */
export async function beginPasswordAttempt(
  db: Db,
  who: { readonly email: string; readonly address: string; readonly now: Date },
): Promise<AttemptStart> {
  const since = new Date(who.now.getTime() - SIGN_IN_WINDOW_MS);
  await pruneSignInFailures(db, since);
  const accountKey = keyOf('account', who.email);
  const addressKey = keyOf('address', who.address);
  const ids = await recordSignInFailures(db, [accountKey, addressKey], who.now);
  const limits = [
    { key: accountKey, limit: FAILURES_PER_ACCOUNT },
    { key: addressKey, limit: FAILURES_PER_ADDRESS },
  ];
  let wait = 0;
  for (const { key, limit } of limits) {
    const times = await failureTimesSince(db, key, since);
    if (times.length > limit) {
      // Leave this attempt out: the others decide when the next one may come.
      const ours = times.findLastIndex((time) => time.getTime() === who.now.getTime());
      const before = times.filter((_, index) => index !== (ours === -1 ? times.length - 1 : ours));
      wait = Math.max(wait, secondsUntilAllowed(before, limit, who.now));
    }
  }
  if (wait > 0) {
    await forgetSignInFailures(db, { ids });
    return { ok: false, retryAfterSeconds: wait };
  }
  return { ok: true, attempt: { ids, accountKey } };
}

/** The password was right: this attempt and the account's earlier failures are forgotten. */
export async function passwordAttemptSucceeded(db: Db, attempt: Attempt): Promise<void> {
  await forgetSignInFailures(db, { ids: attempt.ids, keys: [attempt.accountKey] });
}
