// What every kind of personal record offers, whatever its table: a page at a time newest
// first, one by id, save many (create or replace, idempotent), remove one, and read all.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** Where a page ends: the last record's time (ms) and id; the next page starts after it. */
export interface PageMark {
  readonly at: number;
  readonly id: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly next: PageMark | null;
}

export interface SaveCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface RecordStore<T extends { readonly id: string }> {
  list(
    db: Kysely<Database>,
    userId: string,
    page: { readonly limit: number; readonly after: PageMark | null },
  ): Promise<Page<T>>;
  get(db: Kysely<Database>, userId: string, id: string): Promise<T | null>;
  /** Creates or replaces by id; a record sent again unchanged is counted, not written. */
  save(db: Kysely<Database>, userId: string, records: readonly T[], now: Date): Promise<SaveCounts>;
  remove(db: Kysely<Database>, userId: string, id: string): Promise<boolean>;
  /** Every record of the person, oldest first, read a page at a time. */
  all(db: Kysely<Database>, userId: string): Promise<T[]>;
}

// Rows per insert statement: well under PostgreSQL's 65535 bound parameters, and short enough
// that PGlite's single connection is never held for long.
export const rowsPerStatement = 200;

/**
 * Lets other requests run between the statements of a long save (an import of thousands of
 * records): PGlite has one connection, so their queries wait in line behind ours otherwise.
 */
export const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// Rows per read when collecting everything (exports, progress).
export const rowsPerRead = 500;

export const chunksOf = <T>(items: readonly T[], size: number): T[][] => {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
};

export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids: PostgreSQL answers them in lower case, so they are stored that way too. */
export const normalId = (id: string): string => id.toLowerCase();

/** How the rows `returning (xmax = 0) as created` came back add up to counts. */
export const countSaved = (
  total: number,
  returned: readonly { created: boolean }[],
): SaveCounts => {
  const created = returned.filter((row) => row.created).length;
  return { created, updated: returned.length - created, unchanged: total - returned.length };
};

/** A page mark as an opaque text for the query string, and back (null when it is not one). */
export const encodePageMark = (mark: PageMark): string =>
  Buffer.from(JSON.stringify([mark.at, mark.id])).toString('base64url');

export const decodePageMark = (text: string): PageMark | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'number' &&
      Number.isFinite(value[0]) &&
      typeof value[1] === 'string' &&
      uuidPattern.test(value[1])
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // Not base64url JSON: fall through.
  }
  return null;
};
