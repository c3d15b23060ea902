// Two-factor sign-in (TOTP): the shared secret (kept while setup waits for its first code), whether
// it is on, the last time step used (so a code cannot be replayed), and hashed recovery codes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    // Base32; the server must read it back to check codes, so it cannot be hashed.
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', 'boolean', (col) => col.notNull().defaultTo(false))
    // RFC 6238 section 5.2: a step once accepted is never accepted again.
    .addColumn('totp_last_step', 'bigint')
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    // SHA-256 of the code: the codes are long random strings, so a fast hash is enough.
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('recovery_codes_user_hash')
    .on('recovery_codes')
    .columns(['user_id', 'code_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recovery_codes').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('totp_last_step')
    .dropColumn('totp_enabled')
    .dropColumn('totp_secret')
    .execute();
}
