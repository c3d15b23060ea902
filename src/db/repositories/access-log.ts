// The access log: who read or changed a person's data, when and what. Written in the request
// that did it; read by the person newest first, a page at a time, and in full for exports.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Page, PageMark } from './record-store.js';
import { chunksOf, rowsPerRead, rowsPerStatement } from './record-store.js';

export type AccessAction = 'read' | 'change';

export interface AccessActor {
  readonly id: string;
  readonly displayName: string;
  /** The capacity the actor acted in: therapist or administrator. */
  readonly role: string;
}

export interface AccessEntry {
  readonly id: string;
  readonly at: Date;
  /** The actor's id is null once that account is deleted; its name and role stay. */
  readonly actor: {
    readonly id: string | null;
    readonly displayName: string;
    readonly role: string;
  };
  readonly action: AccessAction;
  readonly resource: string;
}

export async function recordAccess(
  db: Kysely<Database>,
  entry: {
    readonly subjectIds: readonly string[];
    readonly actor: AccessActor;
    readonly action: AccessAction;
    readonly resource: string;
    readonly at: Date;
  },
): Promise<void> {
  for (const chunk of chunksOf(entry.subjectIds, rowsPerStatement)) {
    await db
      .insertInto('access_log')
      .values(
        chunk.map((subjectId) => ({
          subject_id: subjectId,
          actor_id: entry.actor.id,
          actor_display_name: entry.actor.displayName,
          actor_role: entry.actor.role,
          at: entry.at,
          action: entry.action,
          resource: entry.resource,
        })),
      )
      .execute();
  }
}

const pageOfLog = (
  db: Kysely<Database>,
  subjectId: string,
  limit: number,
  after: PageMark | null,
  order: 'asc' | 'desc',
) => {
  let query = db
    .selectFrom('access_log')
    .select(['id', 'at', 'actor_id', 'actor_display_name', 'actor_role', 'action', 'resource'])
    .where('subject_id', '=', subjectId)
    .orderBy('at', order)
    .orderBy('id', order)
    .limit(limit);
  if (after) {
    query = query.where((eb) =>
      eb(
        eb.refTuple('at', 'id'),
        order === 'desc' ? '<' : '>',
        eb.tuple(new Date(after.at), after.id),
      ),
    );
  }
  return query.execute();
};

type LogRow = Awaited<ReturnType<typeof pageOfLog>>[number];

const toEntry = (row: LogRow): AccessEntry => ({
  id: row.id,
  at: row.at,
  actor: { id: row.actor_id, displayName: row.actor_display_name, role: row.actor_role },
  action: row.action,
  resource: row.resource,
});

/** One page of a person's access log, newest first. */
export async function listAccess(
  db: Kysely<Database>,
  subjectId: string,
  page: { readonly limit: number; readonly after: PageMark | null },
): Promise<Page<AccessEntry>> {
  const rows = await pageOfLog(db, subjectId, page.limit + 1, page.after, 'desc');
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items: items.map(toEntry),
    next: rows.length > page.limit && last ? { at: last.at.getTime(), id: last.id } : null,
  };
}

/** A person's whole access log, oldest first, read a page at a time (for exports). */
export async function allAccess(db: Kysely<Database>, subjectId: string): Promise<AccessEntry[]> {
  const everything: AccessEntry[] = [];
  let after: PageMark | null = null;
  for (;;) {
    const rows = await pageOfLog(db, subjectId, rowsPerRead, after, 'asc');
    everything.push(...rows.map(toEntry));
    const last = rows.at(-1);
    if (rows.length < rowsPerRead || !last) return everything;
    after = { at: last.at.getTime(), id: last.id };
  }
}
