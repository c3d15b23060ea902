// Keyset paging, written once for every paged read: rows ordered by (time, id) after a page
// mark, a newest-first page that knows whether another follows, and everything read in pages.
import { type SelectQueryBuilder, sql } from 'kysely';
import { type Page, type PageMark, rowsPerRead } from './record-store.js';

export type PageOrder = 'asc' | 'desc';

/**
 * Orders a query by (timeColumn, id) and keeps the rows after `after` in that order. The
 * (time, id) pair is unique, so no row is skipped or repeated between pages.
 */
export function afterMark<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  timeColumn: string,
  page: { readonly after: PageMark | null; readonly order: PageOrder; readonly limit: number },
): SelectQueryBuilder<DB, TB, O> {
  const { after, order, limit } = page;
  const ordered = query
    .orderBy(sql.ref(timeColumn), order)
    .orderBy(sql.ref('id'), order)
    .limit(limit);
  if (!after) return ordered;
  const comparison = sql.raw(order === 'desc' ? '<' : '>');
  return ordered.where(
    sql<boolean>`(${sql.ref(timeColumn)}, ${sql.ref('id')}) ${comparison} (${after.at}, ${after.id})`,
  );
}

/** Reads rows after a mark in an order, at most `limit` of them. */
export type ReadRows<Row> = (
  after: PageMark | null,
  order: PageOrder,
  limit: number,
) => Promise<Row[]>;

/** One page, newest first: one row more than shown is read to know whether another follows. */
export async function newestFirstPage<Row, T>(
  read: ReadRows<Row>,
  markOf: (row: Row) => PageMark,
  toItem: (row: Row) => T,
  page: { readonly limit: number; readonly after: PageMark | null },
): Promise<Page<T>> {
  const rows = await read(page.after, 'desc', page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    next: rows.length > page.limit && last ? markOf(last) : null,
  };
}

/** Every row, oldest first, read a page at a time so one query never holds the database long. */
export async function allInPages<Row, T>(
  read: ReadRows<Row>,
  markOf: (row: Row) => PageMark,
  toItem: (row: Row) => T,
): Promise<T[]> {
  const everything: T[] = [];
  let after: PageMark | null = null;
  for (;;) {
    const rows = await read(after, 'asc', rowsPerRead);
    everything.push(...rows.map(toItem));
    const last = rows.at(-1);
    if (rows.length < rowsPerRead || !last) return everything;
    after = markOf(last);
  }
}
