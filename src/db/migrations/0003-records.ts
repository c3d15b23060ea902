// A person's records: pain maps, safety screens, plans and check-ins as checked JSON; session
// logs in columns (progress reads pain and points without the event list); reminder settings.
import type { Kysely } from 'kysely';

// The device makes each record's id, so the key is (user, id): two people can never collide,
// and a record uploaded twice by one person is replaced, not doubled.
const documentTables = ['pain_maps', 'safety_screens', 'plans', 'check_ins'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of documentTables) {
    await db.schema
      .createTable(table)
      .addColumn('user_id', 'uuid', (col) =>
        col.notNull().references('users.id').onDelete('cascade'),
      )
      .addColumn('id', 'uuid', (col) => col.notNull())
      // Milliseconds since the epoch of the record's own time; lists page newest first on it
      // (the index below is read backwards).
      .addColumn('sort_at', 'double precision', (col) => col.notNull())
      .addColumn('body', 'jsonb', (col) => col.notNull())
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
      .addPrimaryKeyConstraint(`${table}_pkey`, ['user_id', 'id'])
      .execute();
    await db.schema
      .createIndex(`${table}_user_sort`)
      .on(table)
      .columns(['user_id', 'sort_at', 'id'])
      .execute();
  }

  await db.schema
    .createTable('session_logs')
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('id', 'uuid', (col) => col.notNull())
    .addColumn('plan_id', 'text')
    // Milliseconds as the device measured them (may hold fractions): double keeps them exact.
    .addColumn('started_at_ms', 'double precision', (col) => col.notNull())
    .addColumn('ended_at_ms', 'double precision')
    .addColumn('pain_before', 'smallint')
    .addColumn('pain_after', 'smallint')
    .addColumn('plan', 'jsonb', (col) => col.notNull())
    .addColumn('points', 'jsonb', (col) => col.notNull())
    .addColumn('events', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('session_logs_pkey', ['user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('session_logs_user_started')
    .on('session_logs')
    .columns(['user_id', 'started_at_ms', 'id'])
    .execute();

  await db.schema
    .createTable('reminder_settings')
    .addColumn('user_id', 'uuid', (col) =>
      col.primaryKey().references('users.id').onDelete('cascade'),
    )
    // RFC 5545 weekday codes joined by commas, such as MO,WE,FR.
    .addColumn('days', 'text', (col) => col.notNull())
    .addColumn('time', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminder_settings').execute();
  await db.schema.dropTable('session_logs').execute();
  for (const table of documentTables) await db.schema.dropTable(table).execute();
}
