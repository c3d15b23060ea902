// Login sessions: one row per signed-in browser, found by the SHA-256 of its cookie token.
import type { Kysely } from 'kysely';
import type { AccountRole, Database } from '../schema.js';

export interface NewLoginSession {
  readonly tokenHash: string;
  readonly userId: string;
  readonly now: Date;
  readonly expiresAt: Date;
}

export interface LoginSessionRow {
  readonly tokenHash: string;
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly isAdmin: boolean;
  readonly twoFactor: boolean;
  readonly userCreatedAt: Date;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  readonly expiresAt: Date;
}

/** Starts a session and notes it as the account's last sign-in. */
export async function createLoginSession(
  db: Kysely<Database>,
  session: NewLoginSession,
): Promise<void> {
  await db
    .insertInto('login_sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
  await db
    .updateTable('users')
    .set({ last_sign_in_at: session.now })
    .where('id', '=', session.userId)
    .execute();
}

/** The session and its account, unless it has expired. */
export async function findLoginSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<LoginSessionRow | null> {
  const row = await db
    .selectFrom('login_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.token_hash',
      's.user_id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.is_admin',
      'u.totp_enabled',
      'u.created_at as user_created_at',
      's.created_at',
      's.last_seen_at',
      's.expires_at',
    ])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    isAdmin: row.is_admin,
    twoFactor: row.totp_enabled,
    userCreatedAt: row.user_created_at,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export async function touchLoginSession(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('login_sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function endLoginSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('login_sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of one account; returns how many there were. */
export async function endUserSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db
    .deleteFrom('login_sessions')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('login_sessions')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Keeps the account's `keep` newest sessions and ends the rest; returns how many ended. */
export async function pruneUserSessions(
  db: Kysely<Database>,
  userId: string,
  keep: number,
): Promise<number> {
  const newest = db
    .selectFrom('login_sessions')
    .select('token_hash')
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('token_hash')
    .limit(keep);
  const result = await db
    .deleteFrom('login_sessions')
    .where('user_id', '=', userId)
    .where('token_hash', 'not in', newest)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
