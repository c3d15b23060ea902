// How many records one person keeps, for the per-account quota: all five record tables.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { normalId } from './record-store.js';

export const recordTables = [
  'pain_maps',
  'safety_screens',
  'plans',
  'session_logs',
  'check_ins',
] as const;
export type RecordTable = (typeof recordTables)[number];

/** Every record the person has stored, over all kinds. */
export async function countRecords(db: Kysely<Database>, userId: string): Promise<number> {
  let total = 0;
  for (const table of recordTables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    total += Number(row.n);
  }
  return total;
}

/** How many of `ids` the person already has in `table` (so saving them adds nothing). */
export async function countExisting(
  db: Kysely<Database>,
  userId: string,
  table: RecordTable,
  ids: readonly string[],
): Promise<number> {
  let found = 0;
  for (let i = 0; i < ids.length; i += 1000) {
    const slice = ids.slice(i, i + 1000).map(normalId);
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('id', 'in', slice)
      .executeTakeFirstOrThrow();
    found += Number(row.n);
  }
  return found;
}
