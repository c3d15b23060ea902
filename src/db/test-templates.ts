// Made once per test run (Vitest's global setup for the db project), so each database test
// file starts from a copy instead of building a database: PGlite's empty and migrated data
// folders as dumps on disk (cached by PGlite version and migration source), and on PostgreSQL
// a migrated template database that `create database ... template` copies.
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { installedPgliteVersion } from './pglite-version.js';
import type { Database } from './schema.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface PgliteDumps {
  /** A dumped data folder right after initdb: nothing of ours in it. */
  readonly empty: string;
  /** The same after every migration. */
  readonly migrated: string;
}

/** What decides a dump's content: PGlite's version and every migration file's text. */
function dumpKey(): string {
  const hash = createHash('sha256').update(installedPgliteVersion());
  const folder = join(here, 'migrations');
  for (const name of readdirSync(folder).sort()) {
    hash.update(name).update(readFileSync(join(folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The dumps for this PGlite and these migrations, made now unless a cached pair fits. */
export async function pgliteDumps(cacheRoot: string): Promise<PgliteDumps> {
  const folder = join(cacheRoot, dumpKey());
  const dumps = { empty: join(folder, 'empty.tar'), migrated: join(folder, 'migrated.tar') };
  if (existsSync(dumps.empty) && existsSync(dumps.migrated)) return dumps;
  mkdirSync(folder, { recursive: true });
  const pglite = await PGlite.create();
  try {
    await save(pglite, dumps.empty);
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    await migrateToLatest(db);
    await save(pglite, dumps.migrated);
  } finally {
    await pglite.close();
  }
  return dumps;
}

// Written to a temporary name first, so a run stopped halfway never leaves half a dump.
async function save(pglite: PGlite, path: string): Promise<void> {
  const dump = await pglite.dumpDataDir('none');
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
}

/**
 * Makes a database on the server at `url` (a copy of `template` when given) and opens it.
 * Closing the handle drops the database again, unless `keep` says to leave it.
 */
export async function newPostgresDatabase(
  url: string,
  options: { prefix: string; template?: string | null; maxConnections: number; keep?: boolean },
): Promise<DatabaseHandle & { readonly name: string }> {
  const name = `${options.prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    url,
    `create database ${name}${options.template ? ` template ${options.template}` : ''}`,
  );
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({
    kind: 'postgres',
    url: target.toString(),
    maxConnections: options.maxConnections,
  });
  return {
    ...handle,
    name,
    async close() {
      await handle.close();
      if (!options.keep) await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Makes a migrated template database on the server at `url`; returns its name and a remover. */
export async function postgresTemplate(
  url: string,
): Promise<{ name: string; drop(): Promise<void> }> {
  const handle = await newPostgresDatabase(url, {
    prefix: 'unknot_template',
    maxConnections: 1,
    keep: true,
  });
  try {
    await migrateToLatest(handle.db);
  } finally {
    // Copies need the template to have no connections left.
    await handle.close();
  }
  const { name } = handle;
  return { name, drop: () => adminQuery(url, `drop database if exists ${name} with (force)`) };
}

export async function adminQuery(url: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}
