// Plans a therapist assigns to a client: checked steps (JSON) with notes, sessions per week and a
// note. Saved under the id the therapist's device made; ending one keeps it in the history.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface AssignedPlanRow {
  readonly id: string;
  readonly clientId: string;
  readonly therapist: { readonly id: string; readonly displayName: string };
  /** As saved: the steps the server checked, each with its note. */
  readonly steps: unknown;
  readonly sessionsPerWeek: number;
  readonly note: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly endedAt: Date | null;
}

export interface AssignedPlanChange {
  readonly id: string;
  readonly clientId: string;
  readonly therapistId: string;
  readonly steps: unknown;
  readonly sessionsPerWeek: number;
  readonly note: string;
  readonly now: Date;
}

const plansWithTherapist = (db: Kysely<Database>) =>
  db
    .selectFrom('assigned_plans as p')
    .innerJoin('users as t', 't.id', 'p.therapist_id')
    .select([
      'p.id',
      'p.client_id',
      'p.therapist_id',
      't.display_name',
      'p.steps',
      'p.sessions_per_week',
      'p.note',
      'p.created_at',
      'p.updated_at',
      'p.ended_at',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof plansWithTherapist>['execute']>>[number];

const toPlan = (row: Row): AssignedPlanRow => ({
  id: row.id,
  clientId: row.client_id,
  therapist: { id: row.therapist_id, displayName: row.display_name },
  steps: row.steps,
  sessionsPerWeek: row.sessions_per_week,
  note: row.note,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  endedAt: row.ended_at,
});

/**
 * Makes or replaces a plan; replacing an ended plan makes it active again. Null when the id
 * already belongs to another client or therapist: nothing changes then.
 */
export async function saveAssignedPlan(
  db: Kysely<Database>,
  change: AssignedPlanChange,
): Promise<AssignedPlanRow | null> {
  const saved = await db
    .insertInto('assigned_plans')
    .values({
      id: change.id,
      client_id: change.clientId,
      therapist_id: change.therapistId,
      steps: JSON.stringify(change.steps),
      sessions_per_week: change.sessionsPerWeek,
      note: change.note,
      created_at: change.now,
      updated_at: change.now,
      ended_at: null,
    })
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          steps: eb.ref('excluded.steps'),
          sessions_per_week: eb.ref('excluded.sessions_per_week'),
          note: eb.ref('excluded.note'),
          updated_at: eb.ref('excluded.updated_at'),
          ended_at: null,
        }))
        .where('assigned_plans.client_id', '=', change.clientId)
        .where('assigned_plans.therapist_id', '=', change.therapistId),
    )
    .returning('id')
    .executeTakeFirst();
  if (!saved) return null;
  return toPlan(
    await plansWithTherapist(db).where('p.id', '=', change.id).executeTakeFirstOrThrow(),
  );
}

/** This therapist's plans for this client: active first, then ended, newest change first. */
export async function assignedPlansByTherapist(
  db: Kysely<Database>,
  clientId: string,
  therapistId: string,
): Promise<AssignedPlanRow[]> {
  const rows = await plansWithTherapist(db)
    .where('p.client_id', '=', clientId)
    .where('p.therapist_id', '=', therapistId)
    .orderBy((eb) => eb.case().when('p.ended_at', 'is', null).then(0).else(1).end())
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
  return rows.map(toPlan);
}

/**
 * The plans this client follows now: not ended, from a therapist still linked to them and
 * still a therapist, newest change first.
 */
export async function activeAssignedPlans(
  db: Kysely<Database>,
  clientId: string,
): Promise<AssignedPlanRow[]> {
  const rows = await plansWithTherapist(db)
    .where('p.client_id', '=', clientId)
    .where('p.ended_at', 'is', null)
    .where('t.role', '=', 'therapist')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('therapist_links as l')
          .select('l.id')
          .whereRef('l.therapist_id', '=', 'p.therapist_id')
          .whereRef('l.client_id', '=', 'p.client_id')
          .where('l.ended_at', 'is', null),
      ),
    )
    .orderBy('p.updated_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
  return rows.map(toPlan);
}

/** Every plan ever assigned to this client, ended ones too, oldest first (for exports). */
export async function allAssignedPlansOf(
  db: Kysely<Database>,
  clientId: string,
): Promise<AssignedPlanRow[]> {
  const rows = await plansWithTherapist(db)
    .where('p.client_id', '=', clientId)
    .orderBy('p.created_at', 'asc')
    .orderBy('p.id', 'asc')
    .execute();
  return rows.map(toPlan);
}

/** Ends one of this therapist's plans for this client; false when there is no such plan. */
export async function endAssignedPlan(
  db: Kysely<Database>,
  ids: {
    readonly id: string;
    readonly clientId: string;
    readonly therapistId: string;
    readonly now: Date;
  },
): Promise<boolean> {
  const found = await db
    .selectFrom('assigned_plans')
    .select(['id', 'ended_at'])
    .where('id', '=', ids.id)
    .where('client_id', '=', ids.clientId)
    .where('therapist_id', '=', ids.therapistId)
    .executeTakeFirst();
  if (!found) return false;
  if (found.ended_at === null) {
    await db
      .updateTable('assigned_plans')
      .set({ ended_at: ids.now, updated_at: ids.now })
      .where('id', '=', ids.id)
      .execute();
  }
  return true;
}
