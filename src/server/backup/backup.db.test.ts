import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connect.js';
import { type LockOutcome, lockDataDir } from '../../db/data-dir-lock.js';
import { migrateToLatest } from '../../db/migrate.js';
import {
  sampleCheckIn,
  samplePainMap,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { migratedPgliteIn, type TestDatabase, testDatabases } from '../../db/test-databases.js';
import {
  type AccountsTestApp,
  type SignedUp,
  signUp,
  startAccountsTestApp,
} from '../auth/test-accounts.js';
import { runBackup, runRestore } from './backup.js';
import { type ControlChannel, serveControlSocket } from './control-socket.js';

// npm run backup / restore: a backup taken from a running PGlite server, restored into a fresh
// folder, gives the same export byte for byte; so does one taken with no server running.

/** A data folder left by `npm run restore`, opened as the server would open it. */
const restoredIn = (dataDir: string): TestDatabase => {
  const open = () => openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
  return {
    kind: 'pglite',
    open,
    async openMigrated() {
      const handle = await open();
      await migrateToLatest(handle.db);
      return handle;
    },
  };
};

const kinds = testDatabases().map((t) => t.kind);

describe.runIf(kinds.includes('pglite'))(
  'backup and restore on PGlite',
  { timeout: 120_000 },
  () => {
    const root = mkdtempSync(join(tmpdir(), 'unknot-backup-'));
    const live = join(root, 'live');
    let lock: LockOutcome;
    let t: AccountsTestApp;
    let control: ControlChannel | null;
    let person: SignedUp;
    let exported: string;

    const exportOf = async (app: AccountsTestApp, cookie: string) => {
      const response = await app.app.inject({
        method: 'GET',
        url: '/api/me/export.json',
        headers: { cookie },
      });
      expect(response.statusCode).toBe(200);
      return response.body;
    };

    /** Restores `file` into a new folder and returns the same person's export from it. */
    const exportAfterRestore = async (file: string, folder: string) => {
      const restored = await runRestore({ DATA_DIR: folder }, file);
      expect(restored).toMatchObject({ ok: true });
      const copy = await startAccountsTestApp(restoredIn(folder));
      try {
        // The login session came along too: the same cookie signs in on the copy.
        return await exportOf(copy, person.cookie);
      } finally {
        await copy.close();
      }
    };

    beforeAll(async () => {
      mkdirSync(live);
      lock = await lockDataDir(live, { url: 'test server', now: new Date() });
      if (!lock.ok) throw new Error(lock.message);
      t = await startAccountsTestApp(migratedPgliteIn(join(live, 'pglite')));
      const dump = t.database.dumpDataDir;
      if (!dump) throw new Error('PGlite handle without dumpDataDir');
      control = await serveControlSocket(
        live,
        async () => new Uint8Array(await (await dump()).arrayBuffer()),
        () => {},
      );
      person = await signUp(t.app, 'backed-up@example.org');
      const records = [
        ['pain-maps', samplePainMap(1)],
        ['pain-maps', samplePainMap(2)],
        ['session-logs', sampleSessionLog(1)],
        ['session-logs', sampleSessionLog(2)],
        ['check-ins', sampleCheckIn(1)],
        ['check-ins', sampleCheckIn(2)],
      ] as const;
      for (const [path, record] of records) {
        const saved = await t.app.inject({
          method: 'PUT',
          url: `/api/me/${path}/${record.id}`,
          headers: { cookie: person.cookie },
          payload: record,
        });
        expect(saved.statusCode).toBe(201);
      }
      exported = await exportOf(t, person.cookie);
    });
    afterAll(async () => {
      await control?.close();
      await t?.close();
      if (lock?.ok) await lock.release();
      rmSync(root, { recursive: true, force: true });
    });

    it('copies a running server through its channel, and the copy exports the same bytes', async () => {
      const file = join(root, 'running.unknot-backup');
      const made = await runBackup({ DATA_DIR: live }, file);
      expect(made).toMatchObject({ ok: true });
      expect(made.message).toContain('running server');
      // Health data: readable by its owner only.
      expect(statSync(file).mode & 0o077).toBe(0);
      const after = await exportAfterRestore(file, join(root, 'from-running'));
      expect(after).toContain('sessionLogs');
      expect(after).toBe(exported);
      // The server kept serving while it made the copy.
      expect(await exportOf(t, person.cookie)).toBe(exported);
    });

    it('never overwrites: an existing backup file or a non-empty folder is refused', async () => {
      const file = join(root, 'taken.unknot-backup');
      writeFileSync(file, 'older backup');
      const again = await runBackup({ DATA_DIR: live }, file);
      expect(again).toMatchObject({ ok: false });
      expect(again.message).toContain('already exists');
      expect(readFileSync(file, 'utf8')).toBe('older backup');

      const full = join(root, 'full');
      mkdirSync(full);
      writeFileSync(join(full, 'notes.txt'), 'mine');
      const restored = await runRestore({ DATA_DIR: full }, join(root, 'running.unknot-backup'));
      expect(restored).toMatchObject({ ok: false });
      expect(restored.message).toContain('not empty');

      const notOurs = await runRestore({ DATA_DIR: join(root, 'empty') }, file);
      expect(notOurs.message).toContain('not an Unknot backup');
    });

    it('with no server running, copies the folder itself; the copy exports the same bytes', async () => {
      await control?.close();
      control = null;
      await t.close();
      if (lock.ok) await lock.release();
      const file = join(root, 'stopped.unknot-backup');
      const made = await runBackup({ DATA_DIR: live }, file);
      expect(made.message).toContain('No server was running');
      expect(made).toMatchObject({ ok: true });
      expect(await exportAfterRestore(file, join(root, 'from-stopped'))).toBe(exported);
    });
  },
);

describe.runIf(kinds.includes('postgres'))('backup and restore on PostgreSQL', () => {
  const env = { DATABASE_URL: process.env.TEST_DATABASE_URL };
  it('points to pg_dump and pg_restore', async () => {
    const made = await runBackup(env, join(tmpdir(), 'never-written.dump'));
    expect(made).toMatchObject({ ok: false });
    expect(made.message).toContain('pg_dump');
    const restored = await runRestore(env, 'x.dump');
    expect(restored.message).toContain('pg_restore');
  });
});
