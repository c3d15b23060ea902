// Session logs in columns: progress reads times, pain and points without the event list,
// which can be long; the record is put back together exactly as the device sent it.
import { type Kysely, sql } from 'kysely';
import type { SessionLogRecord } from '../../core/contracts/records.js';
import type { Database } from '../schema.js';
import { afterMark, allInPages, newestFirstPage, type ReadRows } from './keyset-page.js';
import {
  chunksOf,
  countSaved,
  normalId,
  type PageMark,
  type RecordStore,
  rowsPerStatement,
  yieldToOthers,
} from './record-store.js';

const recordColumns = [
  'id',
  'plan_id',
  'started_at_ms',
  'ended_at_ms',
  'pain_before',
  'pain_after',
  'plan',
  'points',
  'events',
  'harm',
] as const;

type RecordRow = {
  id: string;
  plan_id: string | null;
  started_at_ms: number;
  ended_at_ms: number | null;
  pain_before: number | null;
  pain_after: number | null;
  plan: unknown;
  points: unknown;
  events: unknown;
  harm: unknown;
};

const toRecord = (row: RecordRow): SessionLogRecord => ({
  id: row.id,
  ...(row.plan_id === null ? {} : { planId: row.plan_id }),
  plan: row.plan as SessionLogRecord['plan'],
  startedAt: row.started_at_ms,
  endedAt: row.ended_at_ms,
  painBefore: row.pain_before,
  painAfter: row.pain_after,
  points: row.points as SessionLogRecord['points'],
  events: row.events as SessionLogRecord['events'],
  ...(row.harm === null ? {} : { harm: row.harm as SessionLogRecord['harm'] }),
});

const toRow = (userId: string, log: SessionLogRecord, now: Date) => ({
  user_id: userId,
  id: normalId(log.id),
  plan_id: log.planId ?? null,
  started_at_ms: log.startedAt,
  ended_at_ms: log.endedAt,
  pain_before: log.painBefore,
  pain_after: log.painAfter,
  plan: JSON.stringify(log.plan),
  points: JSON.stringify(log.points),
  events: JSON.stringify(log.events),
  harm: log.harm ? JSON.stringify(log.harm) : null,
  updated_at: now,
});

const recordRows =
  (db: Kysely<Database>, userId: string): ReadRows<RecordRow> =>
  (after, order, limit) =>
    afterMark(
      db.selectFrom('session_logs').select(recordColumns).where('user_id', '=', userId),
      'started_at_ms',
      { after, order, limit },
    ).execute();

const markOf = (row: { id: string; started_at_ms: number }): PageMark => ({
  at: row.started_at_ms,
  id: row.id,
});

export const sessionLogStore: RecordStore<SessionLogRecord> = {
  list: (db, userId, page) => newestFirstPage(recordRows(db, userId), markOf, toRecord, page),

  async get(db, userId, id) {
    const row = await db
      .selectFrom('session_logs')
      .select(recordColumns)
      .where('user_id', '=', userId)
      .where('id', '=', normalId(id))
      .executeTakeFirst();
    return row ? toRecord(row) : null;
  },

  async save(db, userId, logs, now) {
    const returned: { created: boolean }[] = [];
    for (const chunk of chunksOf(logs, rowsPerStatement)) {
      if (returned.length > 0) await yieldToOthers();
      const saved = await db
        .insertInto('session_logs')
        .values(chunk.map((log) => toRow(userId, log, now)))
        .onConflict((oc) =>
          oc
            .columns(['user_id', 'id'])
            .doUpdateSet((eb) => ({
              plan_id: eb.ref('excluded.plan_id'),
              started_at_ms: eb.ref('excluded.started_at_ms'),
              ended_at_ms: eb.ref('excluded.ended_at_ms'),
              pain_before: eb.ref('excluded.pain_before'),
              pain_after: eb.ref('excluded.pain_after'),
              plan: eb.ref('excluded.plan'),
              points: eb.ref('excluded.points'),
              events: eb.ref('excluded.events'),
              harm: eb.ref('excluded.harm'),
              updated_at: eb.ref('excluded.updated_at'),
            }))
            // A log sent again unchanged is left alone (and counted as unchanged).
            .where(
              sql<boolean>`(session_logs.plan_id, session_logs.started_at_ms,
                session_logs.ended_at_ms, session_logs.pain_before, session_logs.pain_after,
                session_logs.plan, session_logs.points, session_logs.events, session_logs.harm)
                is distinct from (excluded.plan_id, excluded.started_at_ms, excluded.ended_at_ms,
                excluded.pain_before, excluded.pain_after, excluded.plan, excluded.points,
                excluded.events, excluded.harm)`,
            ),
        )
        // xmax is 0 on a row this statement inserted, and set on one it updated.
        .returning(sql<boolean>`(xmax = 0)`.as('created'))
        .execute();
      returned.push(...saved);
    }
    return countSaved(logs.length, returned);
  },

  async remove(db, userId, id) {
    const result = await db
      .deleteFrom('session_logs')
      .where('user_id', '=', userId)
      .where('id', '=', normalId(id))
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },

  all: (db, userId) => allInPages(recordRows(db, userId), markOf, toRecord),
};

/** What progress reads of each session: its time, pain and points, never its events. */
export interface SessionLogSummary {
  readonly id: string;
  readonly startedAt: number;
  readonly painBefore: number | null;
  readonly painAfter: number | null;
  readonly points: SessionLogRecord['points'];
  readonly harm?: SessionLogRecord['harm'];
}

export async function sessionLogSummaries(
  db: Kysely<Database>,
  userId: string,
): Promise<SessionLogSummary[]> {
  const rows: ReadRows<SummaryRow> = (after, order, limit) =>
    afterMark(
      db
        .selectFrom('session_logs')
        .select(['id', 'started_at_ms', 'pain_before', 'pain_after', 'points', 'harm'])
        .where('user_id', '=', userId),
      'started_at_ms',
      { after, order, limit },
    ).execute();
  return allInPages(rows, markOf, (row) => ({
    id: row.id,
    startedAt: row.started_at_ms,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    points: row.points as SessionLogRecord['points'],
    ...(row.harm === null ? {} : { harm: row.harm as SessionLogRecord['harm'] }),
  }));
}

type SummaryRow = Pick<
  RecordRow,
  'id' | 'started_at_ms' | 'pain_before' | 'pain_after' | 'points' | 'harm'
>;
