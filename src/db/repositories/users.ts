// Accounts: create (the first one on a server becomes its administrator), find, change the
// password hash, name and role, delete. Every row a person owns goes with their account
// (on delete cascade).
import { type Kysely, sql } from 'kysely';
import { err, ok, type Result } from '../../core/result.js';
import type { AccountRole, Database } from '../schema.js';

export interface UserRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly passwordHash: string;
  readonly isAdmin: boolean;
  readonly twoFactor: boolean;
  readonly createdAt: Date;
  readonly passwordChangedAt: Date;
}

const columns = [
  'id',
  'email',
  'display_name',
  'role',
  'password_hash',
  'is_admin',
  'totp_enabled',
  'created_at',
  'password_changed_at',
] as const;

type Row = {
  id: string;
  email: string;
  display_name: string;
  role: AccountRole;
  password_hash: string;
  is_admin: boolean;
  totp_enabled: boolean;
  created_at: Date;
  password_changed_at: Date;
};

const toUser = (row: Row): UserRow => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  passwordHash: row.password_hash,
  isAdmin: row.is_admin,
  twoFactor: row.totp_enabled,
  createdAt: row.created_at,
  passwordChangedAt: row.password_changed_at,
});

/** The name an account gets when none is given: the part of its email before the @. */
export const defaultDisplayName = (email: string): string =>
  (email.split('@')[0] ?? email).slice(0, 80) || email.slice(0, 80);

export interface NewUser {
  /** Already trimmed and in lower case. */
  readonly email: string;
  readonly passwordHash: string;
  readonly now: Date;
  /** Left out: the part of the email before the @. */
  readonly displayName?: string;
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
        display_name: user.displayName ?? defaultDisplayName(user.email),
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

export async function setDisplayName(
  db: Kysely<Database>,
  userId: string,
  displayName: string,
): Promise<UserRow | null> {
  const row = await db
    .updateTable('users')
    .set({ display_name: displayName })
    .where('id', '=', userId)
    .returning(columns)
    .executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Deletes the account and, by cascade, every session and record it owns. */
export async function deleteUser(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
