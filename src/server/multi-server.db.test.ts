import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { migrations } from '../db/migrations/index.js';
import { buildApp } from './app.js';
import type { App } from './app-types.js';
import { goodPassword, sessionCookie } from './auth/test-accounts.js';

// Two Unknot servers on one PostgreSQL, as behind a load balancer: the state lives in the
// database, so a login made on one works on the other and both count the same rate limits;
// and both starting at once migrate safely (Kysely's migrator takes an advisory lock).
const url = process.env.TEST_DATABASE_URL;

describe.runIf(url)('two servers on one PostgreSQL', { timeout: 120_000 }, () => {
  const name = `unknot_multi_${randomBytes(6).toString('hex')}`;
  const handles: DatabaseHandle[] = [];
  const apps: App[] = [];

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(url ?? '');
    target.pathname = `/${name}`;
    for (let i = 0; i < 2; i++)
      handles.push(
        await openDatabase({ kind: 'postgres', url: target.toString(), maxConnections: 4 }),
      );
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('migrate safely when both start at once', async () => {
    const results = await Promise.all(handles.map((handle) => migrateToLatest(handle.db)));
    const applied = results.flatMap((r) => (r.results ?? []).filter((m) => m.status === 'Success'));
    // Every migration ran exactly once, by one server or the other.
    expect(applied.map((m) => m.migrationName).sort()).toEqual(Object.keys(migrations).sort());
    const rows = await handles[0]!.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    expect(rows).toHaveLength(Object.keys(migrations).length);
    for (const handle of handles) {
      apps.push(await buildApp({ database: handle, version: '0.0.0-test', webRoot: null }));
    }
  });

  it('a login made on one works on the other', async () => {
    const [a, b] = apps as [App, App];
    const up = await a.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'both@example.org', password: goodPassword },
    });
    expect(up.statusCode).toBe(201);
    const cookie = sessionCookie(up);
    const saved = await a.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie },
      payload: {
        checkIns: [
          {
            id: '0b0b0b0b-0000-4000-8000-000000000001',
            at: '2024-03-04',
            averagePain: 4,
            activities: [],
          },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    const read = await b.inject({ url: '/api/me/check-ins', headers: { cookie } });
    expect(read.statusCode).toBe(200);
    expect(read.json().items).toHaveLength(1);
  });

  it('count the same sign-in failures', async () => {
    const [a, b] = apps as [App, App];
    const signIn = (app: App, password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'both@example.org', password },
        remoteAddress: '10.44.0.1',
      });
    for (let i = 0; i < 3; i++) expect((await signIn(a, `wrong ${i}`)).statusCode).toBe(401);
    for (let i = 0; i < 2; i++) expect((await signIn(b, `wrong b${i}`)).statusCode).toBe(401);
    // Five failures in all, spread over both servers: the sixth try is refused on either.
    expect((await signIn(a, goodPassword)).statusCode).toBe(429);
    expect((await signIn(b, goodPassword)).statusCode).toBe(429);
  });
});
