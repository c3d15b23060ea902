// What the administrator reads and changes: every account's name, role and sign-in times
// (never health data), and an account's role. Making a therapist a person again ends every
// link to its clients and revokes its open invitations in the same transaction.
import type { Kysely } from 'kysely';
import type { AccountRole, Database } from '../schema.js';

export interface AdminAccountRow {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly isAdmin: boolean;
  readonly twoFactor: boolean;
  readonly createdAt: Date;
  readonly lastSignInAt: Date | null;
}

const columns = [
  'id',
  'email',
  'display_name',
  'role',
  'is_admin',
  'totp_enabled',
  'created_at',
  'last_sign_in_at',
] as const;

const toRow = (row: {
  id: string;
  email: string;
  display_name: string;
  role: AccountRole;
  is_admin: boolean;
  totp_enabled: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
}): AdminAccountRow => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  isAdmin: row.is_admin,
  twoFactor: row.totp_enabled,
  createdAt: row.created_at,
  lastSignInAt: row.last_sign_in_at,
});

/** Every account, oldest first (the administrator is the first). */
export async function listAccounts(db: Kysely<Database>): Promise<AdminAccountRow[]> {
  const rows = await db
    .selectFrom('users')
    .select(columns)
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map(toRow);
}

/** Sets the role; null when there is no such account. */
export async function setRole(
  db: Kysely<Database>,
  accountId: string,
  role: AccountRole,
  now: Date,
): Promise<AdminAccountRow | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set({ role })
      .where('id', '=', accountId)
      .returning(columns)
      .executeTakeFirst();
    if (!row) return null;
    if (role !== 'therapist') {
      await trx
        .updateTable('therapist_links')
        .set({ ended_at: now })
        .where('therapist_id', '=', accountId)
        .where('ended_at', 'is', null)
        .execute();
      await trx
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where('therapist_id', '=', accountId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('declined_at', 'is', null)
        .execute();
    }
    return toRow(row);
  });
}
