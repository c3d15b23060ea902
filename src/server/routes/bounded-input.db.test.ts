import { describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { signUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';
import { ApiError } from '../errors.js';
import { refuseOverQuota } from '../record-quota.js';

describe.each(testDatabases())('bounded input on $kind', (target) => {
  const t = appWithPeople(target, { me: 'bounds@example.org' });
  const { me } = t.people;

  const put = (path: string, record: { id: string; [field: string]: unknown }) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/me/${path}/${record.id}`,
      headers: { cookie: me.cookie },
      payload: record,
    });

  it('refuses a plan dated 0001-01-01 or 9999-12-31 with a 400 naming the field', async () => {
    for (const createdAt of [
      '0001-01-01T00:00:00Z',
      '9999-12-31T00:00:00Z',
      '1999-12-31T23:59:59Z',
    ]) {
      const response = await put('plans', { ...samplePlan(1), createdAt });
      expect(response.statusCode, createdAt).toBe(400);
      expect(response.json().error.message).toMatch(/^createdAt: .*2000 to 2099/);
    }
    expect(
      (await put('plans', { ...samplePlan(1), createdAt: '2000-01-01T00:00:00Z' })).statusCode,
    ).toBe(201);
  });

  it('refuses a session log with startedAt 1e17, a far end or an event out of range', async () => {
    const log = sampleSessionLog(2);
    expect((await put('session-logs', { ...log, startedAt: 1e17 })).statusCode).toBe(400);
    expect((await put('session-logs', { ...log, endedAt: 1e17 })).statusCode).toBe(400);
    const events = [{ type: 'start', at: 5 }];
    expect((await put('session-logs', { ...log, events })).statusCode).toBe(400);
    expect((await put('session-logs', log)).statusCode).toBe(201);
  });

  it('refuses check-ins and pain maps from outside the years 2000-2099', async () => {
    expect((await put('check-ins', { ...sampleCheckIn(3), at: '0001-01-01' })).statusCode).toBe(
      400,
    );
    expect(
      (await put('pain-maps', { ...samplePainMap(3), drawnAt: '2100-01-01T00:00:00Z' })).statusCode,
    ).toBe(400);
  });

  it('refuses progress for a `now` outside 2000-2099 and answers a bounded body for one inside', async () => {
    for (const now of ['9999-12-31T00:00:00Z', '0001-01-01T00:00:00Z']) {
      const response = await t.app.inject({
        url: `/api/me/progress?now=${now}`,
        headers: { cookie: me.cookie },
      });
      expect(response.statusCode, now).toBe(400);
      expect(response.json().error.code).toBe('invalid_query');
    }
    // Speed is the benchmark's job; here the answer's size shows the weeks are bounded.
    const response = await t.app.inject({
      url: '/api/me/progress?now=2099-12-31T00:00:00Z',
      headers: { cookie: me.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body.length).toBeLessThan(200_000);
  });

  it('keeps an account to its record quota, counting records sent again as nothing new', async () => {
    const other = await signUp(t.app, 'quota@example.org');
    const stored = [samplePainMap(10), samplePainMap(11)];
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: other.cookie },
      payload: { painMaps: stored },
    });
    expect(saved.statusCode).toBe(200);
    // The same two again fit a quota of 3; two new ones do not.
    await refuseOverQuota(t.database.db, other.id, { painMaps: stored }, 3);
    await refuseOverQuota(t.database.db, other.id, { painMaps: [samplePainMap(12)] }, 3);
    const over = refuseOverQuota(
      t.database.db,
      other.id,
      { plans: [samplePlan(12), samplePlan(13)] },
      3,
    );
    await expect(over).rejects.toBeInstanceOf(ApiError);
    await expect(over).rejects.toMatchObject({
      code: 'quota_exceeded',
      details: { limit: 3, stored: 2, adding: 2 },
    });
  });
});
