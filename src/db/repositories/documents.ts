// Pain maps, safety screens, plans and check-ins: each record is one checked JSON document in
// its own table, keyed by (user, id), with its own time kept beside it for paging.
import { type Kysely, sql } from 'kysely';
import type { Database, DocumentTableName } from '../schema.js';
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

/**
 * A store for one document table. `timeOf` gives the record's own time in ms, which orders
 * lists; the body is stored exactly as checked (with its id in lower case).
 */
export function documentStore<T extends { readonly id: string }>(
  tableName: DocumentTableName,
  timeOf: (record: T) => number,
): RecordStore<T> {
  // The four tables have the same columns; naming one lets Kysely type the queries.
  const table = tableName as 'pain_maps';
  const withNormalId = (record: T): T => ({ ...record, id: normalId(record.id) });

  const rowsOf =
    (
      db: Kysely<Database>,
      userId: string,
    ): ReadRows<{ id: string; sort_at: number; body: unknown }> =>
    (after, order, limit) =>
      afterMark(
        db.selectFrom(table).select(['id', 'sort_at', 'body']).where('user_id', '=', userId),
        'sort_at',
        { after, order, limit },
      ).execute();
  const markOf = (row: { id: string; sort_at: number }): PageMark => ({
    at: row.sort_at,
    id: row.id,
  });
  const bodyOf = (row: { body: unknown }) => row.body as T;

  return {
    list: (db, userId, page) => newestFirstPage(rowsOf(db, userId), markOf, bodyOf, page),

    async get(db, userId, id) {
      const row = await db
        .selectFrom(table)
        .select('body')
        .where('user_id', '=', userId)
        .where('id', '=', normalId(id))
        .executeTakeFirst();
      return row ? (row.body as T) : null;
    },

    async save(db, userId, records, now) {
      const returned: { created: boolean }[] = [];
      for (const chunk of chunksOf(records, rowsPerStatement)) {
        if (returned.length > 0) await yieldToOthers();
        const rows = chunk.map((record) => {
          const body = withNormalId(record);
          return {
            user_id: userId,
            id: body.id,
            sort_at: timeOf(record),
            body: JSON.stringify(body),
            updated_at: now,
          };
        });
        const saved = await db
          .insertInto(table)
          .values(rows)
          .onConflict((oc) =>
            oc
              .columns(['user_id', 'id'])
              .doUpdateSet((eb) => ({
                sort_at: eb.ref('excluded.sort_at'),
                body: eb.ref('excluded.body'),
                updated_at: eb.ref('excluded.updated_at'),
              }))
              // jsonb compares by meaning (key order aside): a record sent again is left alone.
              .where(sql<boolean>`${sql.ref(`${tableName}.body`)} is distinct from excluded.body`),
          )
          // xmax is 0 on a row this statement inserted, and set on one it updated.
          .returning(sql<boolean>`(xmax = 0)`.as('created'))
          .execute();
        returned.push(...saved);
      }
      return countSaved(records.length, returned);
    },

    async remove(db, userId, id) {
      const result = await db
        .deleteFrom(table)
        .where('user_id', '=', userId)
        .where('id', '=', normalId(id))
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    all: (db, userId) => allInPages(rowsOf(db, userId), markOf, bodyOf),
  };
}
