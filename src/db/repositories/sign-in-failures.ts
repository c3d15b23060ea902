// Failed sign-ins, counted per key (a hashed account or address) over a sliding window, so the
// rate limit holds across every server process that shares the database.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Records one failure for each key at `at`; returns the new rows' ids. */
export async function recordSignInFailures(
  db: Kysely<Database>,
  keys: readonly string[],
  at: Date,
): Promise<number[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .insertInto('sign_in_failures')
    .values(keys.map((key) => ({ key, failed_at: at })))
    .returning('id')
    .execute();
  return rows.map((row) => Number(row.id));
}

/** When each failure for `key` after `since` happened, oldest first. */
export async function failureTimesSince(
  db: Kysely<Database>,
  key: string,
  since: Date,
): Promise<Date[]> {
  const rows = await db
    .selectFrom('sign_in_failures')
    .select('failed_at')
    .where('key', '=', key)
    .where('failed_at', '>', since)
    .orderBy('failed_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.failed_at);
}

export async function forgetSignInFailures(
  db: Kysely<Database>,
  which: { readonly ids?: readonly number[]; readonly keys?: readonly string[] },
): Promise<void> {
  const ids = which.ids ?? [];
  const keys = which.keys ?? [];
  if (ids.length === 0 && keys.length === 0) return;
  await db
    .deleteFrom('sign_in_failures')
    .where((eb) =>
      eb.or([
        ...(ids.length > 0 ? [eb('id', 'in', ids)] : []),
        ...(keys.length > 0 ? [eb('key', 'in', keys)] : []),
      ]),
    )
    .execute();
}

/** Drops failures that no window can count any more. */
export async function pruneSignInFailures(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('failed_at', '<=', before).execute();
}
