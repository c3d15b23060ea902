// Invitations a therapist makes (only the token's SHA-256 is kept) and the links between a
// therapist and a client that an accepted invitation makes; ending a link keeps its row.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('therapist_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    // At most one of these is set: what ended the invitation.
    .addColumn('used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('declined_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('invitations_therapist_created')
    .on('invitations')
    .columns(['therapist_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('therapist_links')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('therapist_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('client_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('invitation_id', 'uuid', (col) =>
      col.references('invitations.id').onDelete('set null'),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addCheckConstraint('therapist_links_not_self', sql`therapist_id <> client_id`)
    .execute();
  // One open link per therapist and client: accepting twice cannot double it.
  await sql`create unique index therapist_links_open on therapist_links (therapist_id, client_id) where ended_at is null`.execute(
    db,
  );
  await db.schema
    .createIndex('therapist_links_client')
    .on('therapist_links')
    .column('client_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('therapist_links').execute();
  await db.schema.dropTable('invitations').execute();
}
