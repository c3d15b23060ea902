// Accounts: create (the first one on a server becomes its administrator), find, change the
// password hash, delete. Every row a person owns goes with their account (on delete cascade).
import { type Kysely, sql } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import type { Database } from '../schema.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly isAdmin: boolean;
  readonly createdAt: Date;
  readonly passwordChangedAt: Date;
}

const columns = [
  'id',
  'email',
  'password_hash',
  'is_admin',
  'created_at',
  'password_changed_at',
] as const;

type Row = {
  id: string;
  email: string;
  password_hash: string;
  is_admin: boolean;
  created_at: Date;
  password_changed_at: Date;
};

const toUser = (row: Row): UserRow => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  isAdmin: row.is_admin,
  createdAt: row.created_at,
  passwordChangedAt: row.password_changed_at,
});

export interface NewUser {
  /** Already trimmed and in lower case. */
  readonly email: string;
  readonly passwordHash: string;
  readonly now: Date;
}

/**
 * Adds an account. Whether it is the first (and so the administrator) is decided under a lock
 * on the table: two sign-ups racing on a fresh server cannot both see it empty.
 */
export async function createUser(
  db: Kysely<Database>,
  user: NewUser,
): Promise<Result<UserRow, 'email_taken'>> {
  return db.transaction().execute(async (trx) => {
    // SHARE ROW EXCLUSIVE conflicts with itself and with plain inserts, so sign-ups take turns
    // for the few milliseconds of this transaction while reads go on.
    await sql`lock table users in share row exclusive mode`.execute(trx);
    const anyone = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst();
    const row = await trx
      .insertInto('users')
      .values({
        email: user.email,
        password_hash: user.passwordHash,
        is_admin: anyone === undefined,
        created_at: user.now,
        password_changed_at: user.now,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning(columns)
      .executeTakeFirst();
    return row ? ok(toUser(row)) : err('email_taken', 'An account with this email exists.');
  });
}

/** Whether the server has any account yet (the first one is its administrator). */
export async function hasAnyUser(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<UserRow | null> {
  const row = await db
    .selectFrom('users')
    .select(columns)
    .where('email', '=', email)
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | null> {
  const row = await db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: now })
    .where('id', '=', userId)
    .execute();
}

/** Deletes the account and, by cascade, every session and record it owns. */
export async function deleteUser(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
