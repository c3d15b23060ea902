// Invitations and the links they make between a therapist and a client. An invitation is found
// by its token's hash only; using, revoking and declining are conditional updates, so a token
// works once even when two requests race. A link is ended, never deleted, so history stays.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export type InvitationStatus = 'open' | 'used' | 'revoked' | 'expired' | 'declined';

export interface InvitationRow {
  readonly id: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly status: InvitationStatus;
}

export interface OpenInvitation {
  readonly id: string;
  readonly therapistId: string;
  readonly therapistDisplayName: string;
  readonly expiresAt: Date;
}

export interface LinkRow {
  readonly linkId: string;
  readonly therapistId: string;
  readonly therapistDisplayName: string;
  readonly clientId: string;
  readonly clientDisplayName: string;
  readonly since: Date;
}

const statusOf = (
  row: {
    used_at: Date | null;
    revoked_at: Date | null;
    declined_at: Date | null;
    expires_at: Date;
  },
  now: Date,
): InvitationStatus => {
  if (row.used_at) return 'used';
  if (row.revoked_at) return 'revoked';
  if (row.declined_at) return 'declined';
  return row.expires_at.getTime() <= now.getTime() ? 'expired' : 'open';
};

export async function createInvitation(
  db: Kysely<Database>,
  invitation: {
    readonly therapistId: string;
    readonly tokenHash: string;
    readonly now: Date;
    readonly expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('invitations')
    .values({
      therapist_id: invitation.therapistId,
      token_hash: invitation.tokenHash,
      created_at: invitation.now,
      expires_at: invitation.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A therapist's invitations, newest first (at most the last 200). */
export async function listInvitations(
  db: Kysely<Database>,
  therapistId: string,
  now: Date,
): Promise<InvitationRow[]> {
  const rows = await db
    .selectFrom('invitations')
    .select(['id', 'created_at', 'expires_at', 'used_at', 'revoked_at', 'declined_at'])
    .where('therapist_id', '=', therapistId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status: statusOf(row, now),
  }));
}

/** Revokes one of the therapist's invitations if still open; false when it is not theirs. */
export async function revokeInvitation(
  db: Kysely<Database>,
  therapistId: string,
  invitationId: string,
  now: Date,
): Promise<boolean> {
  const found = await db
    .selectFrom('invitations')
    .select('id')
    .where('id', '=', invitationId)
    .where('therapist_id', '=', therapistId)
    .executeTakeFirst();
  if (!found) return false;
  await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('id', '=', invitationId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .execute();
  return true;
}

/** The invitation behind a token, if it can still be accepted (and its maker is a therapist). */
export async function findOpenInvitation(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<OpenInvitation | null> {
  const row = await db
    .selectFrom('invitations as i')
    .innerJoin('users as u', 'u.id', 'i.therapist_id')
    .select(['i.id', 'i.therapist_id', 'u.display_name', 'i.expires_at'])
    .where('i.token_hash', '=', tokenHash)
    .where('i.used_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.declined_at', 'is', null)
    .where('i.expires_at', '>', now)
    .where('u.role', '=', 'therapist')
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        therapistId: row.therapist_id,
        therapistDisplayName: row.display_name,
        expiresAt: row.expires_at,
      }
    : null;
}

export type AcceptResult =
  | { readonly ok: true; readonly linkId: string }
  | { readonly ok: false; readonly reason: 'not-found' | 'already-linked' };

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Uses the invitation and links its therapist to the client, in one transaction. A client
 * already linked to this therapist leaves the invitation open.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  accept: {
    readonly invitationId: string;
    readonly therapistId: string;
    readonly clientId: string;
    readonly now: Date;
  },
): Promise<AcceptResult> {
  try {
    return await db.transaction().execute(async (trx): Promise<AcceptResult> => {
      const linked = await trx
        .selectFrom('therapist_links')
        .select('id')
        .where('therapist_id', '=', accept.therapistId)
        .where('client_id', '=', accept.clientId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      if (linked) return { ok: false, reason: 'already-linked' };
      const used = await trx
        .updateTable('invitations')
        .set({ used_at: accept.now })
        .where('id', '=', accept.invitationId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('declined_at', 'is', null)
        .where('expires_at', '>', accept.now)
        .executeTakeFirst();
      if (used.numUpdatedRows === 0n) return { ok: false, reason: 'not-found' };
      const link = await trx
        .insertInto('therapist_links')
        .values({
          therapist_id: accept.therapistId,
          client_id: accept.clientId,
          invitation_id: accept.invitationId,
          created_at: accept.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { ok: true, linkId: link.id };
    });
  } catch (error) {
    // Another accept for the same pair won the race: the open-link index refused this one.
    if (isUniqueViolation(error)) return { ok: false, reason: 'already-linked' };
    throw error;
  }
}

/** Declines an open invitation; false when it cannot be used. */
export async function declineInvitation(
  db: Kysely<Database>,
  invitationId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ declined_at: now })
    .where('id', '=', invitationId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('declined_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

const openLinks = (db: Kysely<Database>) =>
  db
    .selectFrom('therapist_links as l')
    .innerJoin('users as t', 't.id', 'l.therapist_id')
    .innerJoin('users as c', 'c.id', 'l.client_id')
    .select([
      'l.id',
      'l.therapist_id',
      't.display_name as therapist_display_name',
      'l.client_id',
      'c.display_name as client_display_name',
      'l.created_at',
    ])
    .where('l.ended_at', 'is', null)
    // A therapist made a person again has no clients, whatever the links say.
    .where('t.role', '=', 'therapist');

type OpenLinkRow = Awaited<ReturnType<ReturnType<typeof openLinks>['execute']>>[number];

const toLink = (row: OpenLinkRow): LinkRow => ({
  linkId: row.id,
  therapistId: row.therapist_id,
  therapistDisplayName: row.therapist_display_name,
  clientId: row.client_id,
  clientDisplayName: row.client_display_name,
  since: row.created_at,
});

/** The therapists who can see this client's data now, longest first. */
export async function linksOfClient(db: Kysely<Database>, clientId: string): Promise<LinkRow[]> {
  const rows = await openLinks(db)
    .where('l.client_id', '=', clientId)
    .orderBy('l.created_at', 'asc')
    .execute();
  return rows.map(toLink);
}

/** The clients whose data this therapist can see now, by name. */
export async function linksOfTherapist(
  db: Kysely<Database>,
  therapistId: string,
): Promise<LinkRow[]> {
  const rows = await openLinks(db)
    .where('l.therapist_id', '=', therapistId)
    .orderBy('c.display_name', 'asc')
    .orderBy('l.client_id', 'asc')
    .execute();
  return rows.map(toLink);
}

/** The open link between this therapist and client, or null (never linked, or ended). */
export async function openLink(
  db: Kysely<Database>,
  therapistId: string,
  clientId: string,
): Promise<LinkRow | null> {
  const row = await openLinks(db)
    .where('l.therapist_id', '=', therapistId)
    .where('l.client_id', '=', clientId)
    .executeTakeFirst();
  return row ? toLink(row) : null;
}

/** The client ends a link: from now on the therapist sees nothing. False when not theirs. */
export async function endLinkOfClient(
  db: Kysely<Database>,
  clientId: string,
  linkId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('therapist_links')
    .set({ ended_at: now })
    .where('id', '=', linkId)
    .where('client_id', '=', clientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
