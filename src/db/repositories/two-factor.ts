// Two-factor state of an account: the secret (pending until confirmed), whether it is on, the
// last step used, and recovery codes by hash. Using a step or a code is one conditional update,
// so two requests racing with the same code cannot both succeed.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface TwoFactorState {
  readonly secret: string | null;
  readonly enabled: boolean;
  readonly lastStep: number | null;
}

export async function findTwoFactor(
  db: Kysely<Database>,
  userId: string,
): Promise<TwoFactorState | null> {
  const row = await db
    .selectFrom('users')
    .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    secret: row.totp_secret,
    enabled: row.totp_enabled,
    lastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

/** Keeps a new secret waiting for its first code; refused (false) while two-factor is on. */
export async function startTwoFactor(
  db: Kysely<Database>,
  userId: string,
  secret: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_last_step: null })
    .where('id', '=', userId)
    .where('totp_enabled', '=', false)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Marks the step used, unless it (or a later one) was used already: true when this call won. */
export async function spendTotpStep(
  db: Kysely<Database>,
  userId: string,
  step: number,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Turns two-factor on and replaces every recovery code with the new ones (hashes). */
export async function enableTwoFactor(
  db: Kysely<Database>,
  userId: string,
  codeHashes: readonly string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ totp_enabled: true }).where('id', '=', userId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await trx
      .insertInto('recovery_codes')
      .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
      .execute();
  });
}

/** Uses a recovery code once: true when it existed unused and is now used. */
export async function spendRecoveryCode(
  db: Kysely<Database>,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function disableTwoFactor(db: Kysely<Database>, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enabled: false, totp_secret: null, totp_last_step: null })
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  });
}
