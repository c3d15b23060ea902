import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCheckIn } from '../../db/repositories/sample-records.js';
import { migratedPgliteIn, type TestDatabase, testDatabases } from '../../db/test-databases.js';
import {
  type AccountsTestApp,
  goodPassword,
  type SignedUp,
  signUp,
  startAccountsTestApp,
} from '../auth/test-accounts.js';
import { erasesSettled } from '../erase-queue.js';

// Deleting an account vacuums what it leaves behind: on PGlite the person's words are gone
// from the data files themselves (read raw, WAL included), not only from queries.

/** Every file under `folder` whose bytes contain `marker`. */
function filesHolding(folder: string, marker: string): string[] {
  const hits: string[] = [];
  const needle = Buffer.from(marker);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path).includes(needle)) hits.push(path.slice(folder.length));
    }
  };
  walk(folder);
  return hits;
}

describe.each(testDatabases())('deleting an account on $kind', { timeout: 60_000 }, (base) => {
  const folder = mkdtempSync(join(tmpdir(), 'unknot-erase-'));
  const target: TestDatabase = base.kind === 'pglite' ? migratedPgliteIn(folder) : base;
  const marker = `zq${randomBytes(8).toString('hex')}`;
  let t: AccountsTestApp;
  let leaving: SignedUp;
  let staying: SignedUp;

  beforeAll(async () => {
    t = await startAccountsTestApp(target);
    leaving = await signUp(t.app, `${marker}@example.org`);
    staying = await signUp(t.app, 'stays@example.org');
    for (const person of [leaving, staying]) {
      const checkIn = {
        ...sampleCheckIn(person === leaving ? 1 : 2),
        activities: [{ name: person === leaving ? `gardening ${marker}` : 'walking', score: 4 }],
      };
      const saved = await t.app.inject({
        method: 'PUT',
        url: `/api/me/check-ins/${checkIn.id}`,
        headers: { cookie: person.cookie },
        payload: checkIn,
      });
      expect(saved.statusCode).toBe(201);
    }
    await t.app.inject({
      method: 'PATCH',
      url: '/api/me',
      headers: { cookie: leaving.cookie },
      payload: { displayName: `Dana ${marker}` },
    });
    await sql`checkpoint`.execute(t.database.db);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it.runIf(base.kind === 'pglite')('has the marker in the files before', () => {
    expect(filesHolding(join(folder), marker).length).toBeGreaterThan(0);
  });

  it('answers at once and vacuums after', async () => {
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: leaving.cookie },
      payload: { password: goodPassword },
    });
    expect(deleted.statusCode).toBe(204);
    await erasesSettled(t.database);
    // The other person's data is untouched.
    const kept = await t.app.inject({
      method: 'GET',
      url: '/api/me/check-ins',
      headers: { cookie: staying.cookie },
    });
    expect(kept.json().items).toHaveLength(1);
  });

  it.runIf(base.kind === 'pglite')(
    'leaves no byte of it in the data files, WAL included',
    async () => {
      expect(filesHolding(folder, marker)).toEqual([]);
      // And the server still works on the rewritten tables.
      const again = await signUp(t.app, `${marker}-again@example.org`);
      expect(again.id).toBeTruthy();
    },
  );

  it.runIf(base.kind === 'postgres')('has vacuumed the tables on PostgreSQL', async () => {
    const rows = await sql<{ relname: string; vacuumed: boolean }>`
      select relname, last_vacuum is not null as vacuumed from pg_stat_user_tables
      where relname in ('users', 'check_ins', 'login_sessions')`.execute(t.database.db);
    expect(rows.rows.map((r) => r.vacuumed)).toEqual([true, true, true]);
  });
});
