// Accounts, login sessions and failed sign-ins. Login sessions and the rate-limit state live
// here rather than in memory, so several server processes can share one PostgreSQL.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    // Stored trimmed and in lower case by the server; unique so one email is one account.
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('is_admin', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('password_changed_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('login_sessions')
    // SHA-256 of the cookie's token, hex: a copy of the table does not sign anyone in.
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('login_sessions_user_id')
    .on('login_sessions')
    .column('user_id')
    .execute();
  await db.schema
    .createIndex('login_sessions_expires_at')
    .on('login_sessions')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
    // SHA-256 of "account:<email>" or "address:<ip>": counts without keeping who tried.
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('failed_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failures_key_failed_at')
    .on('sign_in_failures')
    .columns(['key', 'failed_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_failures_failed_at')
    .on('sign_in_failures')
    .column('failed_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sign_in_failures').execute();
  await db.schema.dropTable('login_sessions').execute();
  await db.schema.dropTable('users').execute();
}
