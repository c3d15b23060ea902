// The access log: every read or change of a person's data by someone else. The actor's name and
// role are copied in, so the entry still says who it was after that account is gone.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Whose data was read or changed.
    .addColumn('subject_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('actor_display_name', 'text', (col) => col.notNull())
    .addColumn('actor_role', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull().check(sql`action in ('read', 'change')`))
    .addColumn('resource', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_subject_at')
    .on('access_log')
    .columns(['subject_id', 'at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_log').execute();
}
