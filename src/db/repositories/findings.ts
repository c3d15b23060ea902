// Trigger points a therapist found by hand on a client. A finding is saved under the id the
// therapist's device made; the same id from another therapist or for another client is refused.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface FindingRow {
  readonly id: string;
  readonly clientId: string;
  readonly therapist: { readonly id: string; readonly displayName: string };
  readonly triggerPoint: string;
  readonly side: 'left' | 'right';
  readonly tenderness: number;
  readonly reproducesPain: boolean | null;
  readonly note: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface FindingChange {
  readonly id: string;
  readonly clientId: string;
  readonly therapistId: string;
  readonly triggerPoint: string;
  readonly side: 'left' | 'right';
  readonly tenderness: number;
  readonly reproducesPain: boolean | null;
  readonly note: string;
  readonly now: Date;
}

const findingsWithTherapist = (db: Kysely<Database>) =>
  db
    .selectFrom('findings as f')
    .innerJoin('users as t', 't.id', 'f.therapist_id')
    .select([
      'f.id',
      'f.client_id',
      'f.therapist_id',
      't.display_name',
      'f.trigger_point',
      'f.side',
      'f.tenderness',
      'f.reproduces_pain',
      'f.note',
      'f.created_at',
      'f.updated_at',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof findingsWithTherapist>['execute']>>[number];

const toFinding = (row: Row): FindingRow => ({
  id: row.id,
  clientId: row.client_id,
  therapist: { id: row.therapist_id, displayName: row.display_name },
  triggerPoint: row.trigger_point,
  side: row.side,
  tenderness: row.tenderness,
  reproducesPain: row.reproduces_pain,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Makes or replaces a finding. Null when the id already belongs to another client or
 * therapist: the row is left as it was.
 */
export async function saveFinding(
  db: Kysely<Database>,
  change: FindingChange,
): Promise<FindingRow | null> {
  const saved = await db
    .insertInto('findings')
    .values({
      id: change.id,
      client_id: change.clientId,
      therapist_id: change.therapistId,
      trigger_point: change.triggerPoint,
      side: change.side,
      tenderness: change.tenderness,
      reproduces_pain: change.reproducesPain,
      note: change.note,
      created_at: change.now,
      updated_at: change.now,
    })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          trigger_point: eb.ref('excluded.trigger_point'),
          side: eb.ref('excluded.side'),
          tenderness: eb.ref('excluded.tenderness'),
          reproduces_pain: eb.ref('excluded.reproduces_pain'),
          note: eb.ref('excluded.note'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where('findings.client_id', '=', change.clientId)
        .where('findings.therapist_id', '=', change.therapistId),
    )
    .returning('id')
    .executeTakeFirst();
  if (!saved) return null;
  const row = await findingsWithTherapist(db)
    .where('f.id', '=', change.id)
    .executeTakeFirstOrThrow();
  return toFinding(row);
}

/** This client's findings, newest change first; only this therapist's when one is named. */
export async function findingsOf(
  db: Kysely<Database>,
  clientId: string,
  therapistId?: string,
): Promise<FindingRow[]> {
  let query = findingsWithTherapist(db).where('f.client_id', '=', clientId);
  if (therapistId !== undefined) query = query.where('f.therapist_id', '=', therapistId);
  const rows = await query.orderBy('f.updated_at', 'desc').orderBy('f.id', 'desc').execute();
  return rows.map(toFinding);
}

/**
 * The findings that shape this client's plans: those of the therapists linked to them now
 * (a therapist made a person again, or a link the client ended, no longer counts).
 */
export async function findingsOfLinkedTherapists(
  db: Kysely<Database>,
  clientId: string,
): Promise<FindingRow[]> {
  const rows = await findingsWithTherapist(db)
    .where('f.client_id', '=', clientId)
    .where('t.role', '=', 'therapist')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('therapist_links as l')
          .select('l.id')
          .whereRef('l.therapist_id', '=', 'f.therapist_id')
          .whereRef('l.client_id', '=', 'f.client_id')
          .where('l.ended_at', 'is', null),
      ),
    )
    .orderBy('f.updated_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
  return rows.map(toFinding);
}

/** Deletes one of this therapist's findings on this client; false when there is none. */
export async function deleteFinding(
  db: Kysely<Database>,
  ids: { readonly id: string; readonly clientId: string; readonly therapistId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('findings')
    .where('id', '=', ids.id)
    .where('client_id', '=', ids.clientId)
    .where('therapist_id', '=', ids.therapistId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
