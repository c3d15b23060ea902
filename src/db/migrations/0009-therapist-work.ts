// The therapist's work: trigger points found by hand on a client (findings) and the plans a
// therapist assigns. Both belong to the client: deleting either account deletes them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('findings')
    // Made by the therapist's device, so saving the same finding twice replaces it.
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('client_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('therapist_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('trigger_point', 'text', (col) => col.notNull())
    .addColumn('side', 'text', (col) => col.notNull().check(sql`side in ('left', 'right')`))
    .addColumn('tenderness', 'smallint', (col) =>
      col.notNull().check(sql`tenderness between 0 and 3`),
    )
    .addColumn('reproduces_pain', 'boolean')
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('findings_client_updated')
    .on('findings')
    .columns(['client_id', 'updated_at', 'id'])
    .execute();

  await db.schema
    .createTable('assigned_plans')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('client_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('therapist_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    // The checked steps, each with its note, as the session player runs them.
    .addColumn('steps', 'jsonb', (col) => col.notNull())
    .addColumn('sessions_per_week', 'smallint', (col) =>
      col.notNull().check(sql`sessions_per_week between 1 and 14`),
    )
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('assigned_plans_client_updated')
    .on('assigned_plans')
    .columns(['client_id', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('assigned_plans_therapist')
    .on('assigned_plans')
    .column('therapist_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assigned_plans').execute();
  await db.schema.dropTable('findings').execute();
}
