// For database tests (*.db.test.ts): the same suite runs on embedded PGlite and, when
// TEST_DATABASE_URL is set, on a fresh PostgreSQL database made for that test file. Each
// database is a copy of a template made once per run (test-global-setup.ts): PGlite loads a
// dumped data folder (about 1.5 s) instead of running initdb (about 10 s).
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';
import { newPostgresDatabase } from './test-templates.js';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** Opens a new empty database (not migrated); close it with the returned handle. */
  open(): Promise<DatabaseHandle>;
  /** Opens a new database at the latest migration; close it with the returned handle. */
  openMigrated(): Promise<DatabaseHandle>;
}

// Without the db project's global setup (a file run under another config) there is no
// template: build from scratch, slower but the same database.
const provided = <K extends 'unknotPgliteDumps' | 'unknotPostgresTemplate'>(key: K) =>
  (inject(key) as ReturnType<typeof inject<K>> | undefined) ?? null;

async function migrated(open: () => Promise<DatabaseHandle>): Promise<DatabaseHandle> {
  const handle = await open();
  await migrateToLatest(handle.db);
  return handle;
}

function postgresAt(url: string): TestDatabase {
  const copyOf = (template: string | null): Promise<DatabaseHandle> =>
    newPostgresDatabase(url, { prefix: 'unknot_test', template, maxConnections: 4 });
  return {
    kind: 'postgres',
    open: () => copyOf(null),
    openMigrated() {
      const template = provided('unknotPostgresTemplate');
      return template ? copyOf(template) : migrated(() => copyOf(null));
    },
  };
}

const pgliteFrom = (dump: string): Promise<DatabaseHandle> =>
  openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([readFileSync(dump)]) });

const pglite: TestDatabase = {
  kind: 'pglite',
  open() {
    const dumps = provided('unknotPgliteDumps');
    return dumps ? pgliteFrom(dumps.empty) : openDatabase({ kind: 'pglite', dataDir: null });
  },
  openMigrated() {
    const dumps = provided('unknotPgliteDumps');
    return dumps ? pgliteFrom(dumps.migrated) : migrated(() => pglite.open());
  },
};

/** Every database the tests run on here: PGlite always, PostgreSQL when configured. */
export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgresAt(url)] : [pglite];
}

/** A migrated PGlite database kept in a real folder, for tests that read or copy its files. */
export function migratedPgliteIn(dataDir: string): TestDatabase {
  const dumps = provided('unknotPgliteDumps');
  const open = () => openDatabase({ kind: 'pglite', dataDir });
  return {
    kind: 'pglite',
    open,
    openMigrated: () =>
      dumps
        ? openDatabase({
            kind: 'pglite',
            dataDir,
            loadDataDir: new Blob([readFileSync(dumps.migrated)]),
          })
        : migrated(open),
  };
}
