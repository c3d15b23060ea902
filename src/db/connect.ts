// Opens the database: embedded PGlite in a folder by default, or a PostgreSQL server when a
// URL is given. Both speak the same SQL through Kysely, so nothing above this file cares.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** Closes the pool or flushes and closes PGlite; safe to call twice. */
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tar, taken between two statements. */
  readonly dumpDataDir?: () => Promise<Blob>;
}

export type DatabaseTarget =
  | {
      readonly kind: 'pglite';
      readonly dataDir: string | null /* null: in memory */;
      /** A dumped data folder (PGlite's dumpDataDir) to start from; the tests' templates. */
      readonly loadDataDir?: Blob;
    }
  | { readonly kind: 'postgres'; readonly url: string; readonly maxConnections?: number };

// PostgreSQL returns int8 and numeric as strings; PGlite returns numbers. Parse them the same
// way on both so repositories see one type (our counts and ids fit well within 2^53).
const INT8_OID = 20;
const NUMERIC_OID = 1700;
function postgresTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.maxConnections ?? 10,
      types: postgresTypes(),
    });
    // An idle connection the server ends (a restart, an administrator, a dropped database)
    // is only removed from the pool; unhandled, pg would throw it and end the process. The
    // next query opens a new connection or fails with its own error.
    pool.on('error', () => {});
    // Fail at start with a clear message, not on the first request.
    const client = await pool.connect();
    client.release();
    return handle(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), 'postgres');
  }
  if (target.dataDir !== null) await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    // Old WAL files are deleted after a checkpoint instead of renamed for reuse: a reused file
    // keeps a deleted account's rows in its old bytes (see db/erase-deleted.ts).
    startParams: [...PGlite.defaultStartParams, '-c', 'wal_recycle=off'],
    ...(target.dataDir !== null ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  return handle(new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) }), 'pglite', pglite);
}

function handle(db: Kysely<Database>, kind: DatabaseKind, pglite?: PGlite): DatabaseHandle {
  let closing: Promise<void> | null = null;
  return {
    db,
    kind,
    ...(pglite
      ? {
          // PGlite runs one statement at a time, so the folder is consistent between two; a
          // transaction still open is not committed in it, as after a crash.
          dumpDataDir: async () => {
            await pglite.exec('CHECKPOINT');
            return pglite.dumpDataDir('gzip');
          },
        }
      : {}),
    close() {
      closing ??= (async () => {
        await db.destroy();
        // Kysely closes PGlite only if it ever ran a query; close it ourselves otherwise.
        if (pglite && !pglite.closed) await pglite.close();
      })();
      return closing;
    },
  };
}
