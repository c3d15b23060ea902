// A harm report belongs to the session it followed: one nullable column on the session's row,
// so it syncs, exports and deletes with that session and needs no table of its own.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('session_logs').addColumn('harm', 'jsonb').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('session_logs').dropColumn('harm').execute();
}
