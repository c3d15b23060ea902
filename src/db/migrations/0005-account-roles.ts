// Accounts gain a display name (shown to therapists and clients), a role (every account is
// a person, and the administrator can make one a therapist; being the administrator stays
// is_admin) and when it last signed in, for the administrator's list.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('display_name', 'text').execute();
  // Accounts made before names existed are called by the part of their email before the @.
  await sql`update users set display_name = left(split_part(email, '@', 1), 80)`.execute(db);
  await db.schema
    .alterTable('users')
    .alterColumn('display_name', (col) => col.setNotNull())
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('role', 'text', (col) =>
      col.notNull().defaultTo('person').check(sql`role in ('person', 'therapist')`),
    )
    // For the administrator's list of accounts; null until the next sign-in.
    .addColumn('last_sign_in_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('last_sign_in_at').dropColumn('role').execute();
  await db.schema.alterTable('users').dropColumn('display_name').execute();
}
