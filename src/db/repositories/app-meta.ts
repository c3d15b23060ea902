// Facts about this installation in app_meta: the first-run setup code, the key for rate-limit
// hashes and settings the administrator changed. Shared by every server on one database.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export async function readMeta(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db
    .selectFrom('app_meta')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function writeMeta(
  db: Kysely<Database>,
  key: string,
  value: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** Stores `value` unless the key has one already; returns the stored value either way. */
export async function writeMetaOnce(
  db: Kysely<Database>,
  key: string,
  value: string,
  now: Date,
): Promise<string> {
  await db
    .insertInto('app_meta')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await readMeta(db, key)) ?? value;
}

export async function deleteMeta(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('app_meta').where('key', '=', key).execute();
}
