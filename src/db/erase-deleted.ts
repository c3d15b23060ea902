// After an account is deleted, its rows are gone from queries but their bytes stay in the data
// files until the space is reused. This vacuums the tables a deletion touches, one run at a
// time per database and after the answer has gone out (deletion.ts queues it).
//
// PGlite: VACUUM FULL rewrites each table and its indexes into new files (plain VACUUM only
// marks the space free, the old bytes stay); a CHECKPOINT then lets the old files go; a WAL
// switch and a second CHECKPOINT delete the WAL file that still held the rows (connect.ts
// turns WAL reuse off, or the file would be renamed with the rows inside). PGlite serves one
// person's small database, so the seconds of exclusive lock are acceptable.
// PostgreSQL: plain VACUUM, which takes no lock that stops readers or writers; a shared server
// is the operator's to run VACUUM FULL on (README, "Backups").
import { sql } from 'kysely';
import type { DatabaseHandle } from './connect.js';

/** users and every table that points to it, directly or through another, with ON DELETE. */
async function affectedTables(handle: DatabaseHandle): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    with recursive linked(oid) as (
      select 'users'::regclass::oid
      union
      select c.conrelid from pg_constraint c join linked l on c.confrelid = l.oid
      where c.contype = 'f' and c.confdeltype in ('c', 'n', 'd')
    )
    select c.relname as name from linked l join pg_class c on c.oid = l.oid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema()
    order by c.relname`.execute(handle.db);
  return rows.rows.map((row) => row.name);
}

/** Vacuums what a deleted account left behind; see the top of this file for each database. */
export async function eraseDeletedRows(handle: DatabaseHandle): Promise<void> {
  const tables = await affectedTables(handle);
  // One statement per table: VACUUM cannot run in a transaction or a multi-statement string.
  for (const table of tables) {
    const vacuum = handle.kind === 'pglite' ? sql`vacuum full` : sql`vacuum`;
    await sql`${vacuum} ${sql.table(table)}`.execute(handle.db);
  }
  if (handle.kind === 'pglite') {
    await sql`checkpoint`.execute(handle.db);
    await sql`select pg_switch_wal()`.execute(handle.db);
    await sql`checkpoint`.execute(handle.db);
  }
}
