// For database tests (*.db.test.ts): the same suite runs on embedded PGlite and, when
// TEST_DATABASE_URL is set, on a fresh PostgreSQL database made for that test file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from './connect.js';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** Opens a new empty database (not migrated); close it with the returned handle. */
  open(): Promise<DatabaseHandle>;
}

function postgresAt(url: string): TestDatabase {
  return {
    kind: 'postgres',
    async open() {
      const name = `unknot_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const target = new URL(url);
      target.pathname = `/${name}`;
      const handle = await openDatabase({
        kind: 'postgres',
        url: target.toString(),
        maxConnections: 4,
      });
      return {
        ...handle,
        async close() {
          await handle.close();
          const drop = new pg.Client({ connectionString: url });
          await drop.connect();
          await drop.query(`drop database if exists ${name} with (force)`);
          await drop.end();
        },
      };
    },
  };
}

const pglite: TestDatabase = {
  kind: 'pglite',
  open: () => openDatabase({ kind: 'pglite', dataDir: null }),
};

/** Every database the tests run on here: PGlite always, PostgreSQL when configured. */
export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  return url ? [pglite, postgresAt(url)] : [pglite];
}
