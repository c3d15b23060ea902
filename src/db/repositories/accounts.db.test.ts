import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connect.js';
import { migrateToLatest } from '../migrate.js';
import { testDatabases } from '../test-databases.js';
import {
  createLoginSession,
  deleteExpiredSessions,
  endLoginSession,
  endUserSessions,
  findLoginSession,
  touchLoginSession,
} from './login-sessions.js';
import {
  failureTimesSince,
  forgetSignInFailures,
  pruneSignInFailures,
  recordSignInFailures,
} from './sign-in-failures.js';
import { createUser, deleteUser, findUserByEmail, findUserById, setPasswordHash } from './users.js';

const t0 = new Date('2024-03-04T08:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe.each(testDatabases())('account repositories on $kind', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('makes the first account the administrator and no later one', async () => {
    const first = await createUser(handle.db, {
      email: 'ana@example.org',
      passwordHash: 'h1',
      now: t0,
    });
    const second = await createUser(handle.db, {
      email: 'ben@example.org',
      passwordHash: 'h2',
      now: t0,
    });
    expect(first.ok && first.value.isAdmin).toBe(true);
    expect(second.ok && second.value.isAdmin).toBe(false);
  });

  it('refuses a second account with the same email', async () => {
    const again = await createUser(handle.db, {
      email: 'ana@example.org',
      passwordHash: 'x',
      now: t0,
    });
    expect(again).toMatchObject({ ok: false, code: 'email_taken' });
  });

  it('finds accounts by email and id, and changes the password hash', async () => {
    const ana = await findUserByEmail(handle.db, 'ana@example.org');
    expect(ana).toMatchObject({ email: 'ana@example.org', passwordHash: 'h1', createdAt: t0 });
    await setPasswordHash(handle.db, ana!.id, 'h1-new', minutes(5));
    expect(await findUserById(handle.db, ana!.id)).toMatchObject({
      passwordHash: 'h1-new',
      passwordChangedAt: minutes(5),
    });
    expect(await findUserByEmail(handle.db, 'nobody@example.org')).toBeNull();
  });

  it('finds a login session until it expires, and moves its expiry when touched', async () => {
    const ana = (await findUserByEmail(handle.db, 'ana@example.org'))!;
    await createLoginSession(handle.db, {
      tokenHash: 'hash-1',
      userId: ana.id,
      now: t0,
      expiresAt: minutes(60),
    });
    expect(await findLoginSession(handle.db, 'hash-1', minutes(59))).toMatchObject({
      userId: ana.id,
      email: 'ana@example.org',
      isAdmin: true,
      lastSeenAt: t0,
    });
    expect(await findLoginSession(handle.db, 'hash-1', minutes(60))).toBeNull();
    await touchLoginSession(handle.db, 'hash-1', minutes(30), minutes(120));
    expect(await findLoginSession(handle.db, 'hash-1', minutes(90))).toMatchObject({
      lastSeenAt: minutes(30),
      expiresAt: minutes(120),
    });
    expect(await findLoginSession(handle.db, 'hash-unknown', t0)).toBeNull();
  });

  it('ends one session, every session of an account, and expired ones', async () => {
    const ben = (await findUserByEmail(handle.db, 'ben@example.org'))!;
    for (const hash of ['b-1', 'b-2', 'b-3']) {
      await createLoginSession(handle.db, {
        tokenHash: hash,
        userId: ben.id,
        now: t0,
        expiresAt: minutes(10),
      });
    }
    await endLoginSession(handle.db, 'b-1');
    expect(await findLoginSession(handle.db, 'b-1', t0)).toBeNull();
    expect(await findLoginSession(handle.db, 'b-2', t0)).not.toBeNull();
    expect(await endUserSessions(handle.db, ben.id)).toBe(2);
    expect(await findLoginSession(handle.db, 'b-3', t0)).toBeNull();
    await createLoginSession(handle.db, {
      tokenHash: 'b-4',
      userId: ben.id,
      now: t0,
      expiresAt: minutes(10),
    });
    expect(await deleteExpiredSessions(handle.db, minutes(10))).toBe(1);
    // Ana's session (expiring at minute 120) stays.
    expect(await findLoginSession(handle.db, 'hash-1', minutes(11))).not.toBeNull();
  });

  it('counts failed sign-ins per key inside the window, and forgets them', async () => {
    const ids = await recordSignInFailures(handle.db, ['account:x', 'address:y'], minutes(1));
    await recordSignInFailures(handle.db, ['account:x'], minutes(2));
    await recordSignInFailures(handle.db, ['account:x'], minutes(20));
    expect(await failureTimesSince(handle.db, 'account:x', minutes(1))).toEqual([
      minutes(2),
      minutes(20),
    ]);
    expect(await failureTimesSince(handle.db, 'account:x', t0)).toEqual([
      minutes(1),
      minutes(2),
      minutes(20),
    ]);
    await forgetSignInFailures(handle.db, { ids: ids.slice(1) });
    expect(await failureTimesSince(handle.db, 'address:y', t0)).toEqual([]);
    await pruneSignInFailures(handle.db, minutes(2));
    expect(await failureTimesSince(handle.db, 'account:x', t0)).toEqual([minutes(20)]);
    await forgetSignInFailures(handle.db, { keys: ['account:x'] });
    expect(await failureTimesSince(handle.db, 'account:x', t0)).toEqual([]);
  });

  it('deletes an account with its sessions', async () => {
    const ana = (await findUserByEmail(handle.db, 'ana@example.org'))!;
    expect(await deleteUser(handle.db, ana.id)).toBe(true);
    expect(await findUserById(handle.db, ana.id)).toBeNull();
    expect(await findLoginSession(handle.db, 'hash-1', t0)).toBeNull();
    expect(await deleteUser(handle.db, ana.id)).toBe(false);
  });
});

describe.each(testDatabases())('the first account on a fresh $kind server', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
    await migrateToLatest(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('is the only administrator even when ten sign-ups race', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createUser(handle.db, { email: `p${i}@example.org`, passwordHash: 'h', now: t0 }),
      ),
    );
    const admins = results.filter((r) => r.ok && r.value.isAdmin);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(admins).toHaveLength(1);
  });

  it('waits for a sign-up still in progress elsewhere before deciding who is first', async () => {
    await sql`delete from users`.execute(handle.db);
    if (target.kind === 'pglite') {
      // PGlite has one connection, so transactions cannot interleave: sequential is the race.
      await createUser(handle.db, { email: 'one@example.org', passwordHash: 'h', now: t0 });
      const next = await createUser(handle.db, {
        email: 'two@example.org',
        passwordHash: 'h',
        now: t0,
      });
      expect(next.ok && next.value.isAdmin).toBe(false);
      return;
    }
    // Another server process has inserted the first account but not committed yet.
    await handle.db.connection().execute(async (other) => {
      await sql`begin`.execute(other);
      await other
        .insertInto('users')
        .values({
          email: 'one@example.org',
          display_name: 'one',
          password_hash: 'h',
          is_admin: true,
          created_at: t0,
          password_changed_at: t0,
        })
        .execute();
      let settled = false;
      const next = createUser(handle.db, {
        email: 'two@example.org',
        passwordHash: 'h',
        now: t0,
      }).then((result) => {
        settled = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      await sql`commit`.execute(other);
      const result = await next;
      expect(result.ok && result.value.isAdmin).toBe(false);
    });
  });
});
