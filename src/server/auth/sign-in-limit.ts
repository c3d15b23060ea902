// Rate limits for password checks and sign-ups, kept in the database so every server process
// counts the same attempts: 5 failures per account from one address and 20 per address in any
// 15 minutes, never per account alone (a stranger's wrong passwords would lock its owner out),
// and 10 sign-ups per address (SIGNUPS_PER_ADDRESS).
import { createHmac } from 'node:crypto';
import {
  failureTimesSince,
  forgetSignInFailures,
  pruneSignInFailures,
  recordSignInFailures,
} from '../../db/repositories/sign-in-failures.js';
import type { Db } from '../../db/schema.js';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
export const FAILURES_PER_ADDRESS = 20;
export const SIGN_UPS_PER_ADDRESS = 10;

// Keys are keyed hashes (HMAC with a secret kept in the database), so the table says how often,
// never which email or address: hashing a guessed email does not find its rows.
export const limitKey = (
  secret: Buffer,
  kind: 'account-address' | 'address' | 'sign-up-address',
  value: string,
) => createHmac('sha256', secret).update(`${kind}:${value}`).digest('hex');

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
  who: {
    readonly email: string;
    readonly address: string;
    readonly now: Date;
    readonly secret: Buffer;
  },
): Promise<AttemptStart> {
  const accountKey = limitKey(who.secret, 'account-address', `${who.email}\n${who.address}`);
  const addressKey = limitKey(who.secret, 'address', who.address);
  return takeAttempt(
    db,
    [
      { key: accountKey, limit: FAILURES_PER_ACCOUNT_AND_ADDRESS },
      { key: addressKey, limit: FAILURES_PER_ADDRESS },
    ],
    who.now,
    accountKey,
  );
}

/**
 * Writes one attempt under every key, then counts: concurrent attempts each see the others, so
 * no burst slips past a limit. A refused attempt is taken back out, so hammering does not
 * extend the wait.
 */
export async function takeAttempt(
  db: Db,
  limits: readonly { readonly key: string; readonly limit: number }[],
  now: Date,
  accountKey = '',
): Promise<AttemptStart> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  await pruneSignInFailures(db, since);
  const ids = await recordSignInFailures(
    db,
    limits.map((l) => l.key),
    now,
  );
  let wait = 0;
  for (const { key, limit } of limits) {
    const times = await failureTimesSince(db, key, since);
    if (times.length > limit) {
      // Leave this attempt out: the others decide when the next one may come.
      const ours = times.findLastIndex((time) => time.getTime() === now.getTime());
      const before = times.filter((_, index) => index !== (ours === -1 ? times.length - 1 : ours));
      wait = Math.max(wait, secondsUntilAllowed(before, limit, now));
    }
  }
  if (wait > 0) {
    await forgetSignInFailures(db, { ids });
    return { ok: false, retryAfterSeconds: wait };
  }
  return { ok: true, attempt: { ids, accountKey } };
}

/** The password was right: this attempt and the earlier failures for the account from this
 * address are forgotten. */
export async function passwordAttemptSucceeded(db: Db, attempt: Attempt): Promise<void> {
  await forgetSignInFailures(db, { ids: attempt.ids, keys: [attempt.accountKey] });
}
