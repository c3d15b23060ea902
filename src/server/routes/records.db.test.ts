import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKinds } from '../../core/contracts/records.js';
import {
  sampleCheckIn,
  sampleId,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { appWithPeople } from '../auth/test-fixture.js';

const samples = {
  'pain-maps': samplePainMap,
  'safety-screens': sampleSafetyScreen,
  plans: samplePlan,
  'session-logs': sampleSessionLog,
  'check-ins': sampleCheckIn,
} as const;

describe.each(testDatabases())('records under /api/me on $kind', (target) => {
  const t = appWithPeople(target, { ana: 'ana@example.org' });
  const { ana } = t.people;

  const call = (method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: ana.cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  describe.each(Object.keys(samples) as (keyof typeof samples)[])('%s', (path) => {
    const make = (n: number) => samples[path](n) as { id: string } & Record<string, unknown>;

    it('creates with PUT (201), replaces (200), gives it back and deletes it', async () => {
      const record = make(1);
      const created = await call('PUT', `/api/me/${path}/${record.id}`, record);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toEqual(record);
      const again = await call('PUT', `/api/me/${path}/${record.id}`, record);
      expect(again.statusCode).toBe(200);
      const changed = { ...make(2), id: record.id };
      expect((await call('PUT', `/api/me/${path}/${record.id}`, changed)).statusCode).toBe(200);
      expect((await call('GET', `/api/me/${path}/${record.id}`)).json()).toEqual(changed);
      expect((await call('DELETE', `/api/me/${path}/${record.id}`)).statusCode).toBe(204);
      expect((await call('GET', `/api/me/${path}/${record.id}`)).statusCode).toBe(404);
      expect((await call('DELETE', `/api/me/${path}/${record.id}`)).statusCode).toBe(404);
    });

    it('refuses a body whose id is not the one in the address, or that has unknown fields', async () => {
      const record = make(3);
      const mismatch = await call('PUT', `/api/me/${path}/${sampleId(99)}`, record);
      expect(mismatch.statusCode).toBe(400);
      expect(mismatch.json().error.code).toBe('invalid_body');
      const extra = await call('PUT', `/api/me/${path}/${record.id}`, { ...record, owner: 'x' });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().error.code).toBe('invalid_body');
      const noId = await call('PUT', `/api/me/${path}/${record.id}`, {
        ...record,
        id: 'not-a-uuid',
      });
      expect(noId.statusCode).toBe(400);
    });

    it('answers 404 for an id that is not a UUID', async () => {
      expect((await call('GET', `/api/me/${path}/not-a-uuid`)).statusCode).toBe(404);
    });

    it('lists newest first, a page at a time', async () => {
      for (let n = 10; n < 15; n++) await call('PUT', `/api/me/${path}/${make(n).id}`, make(n));
      const first = await call('GET', `/api/me/${path}?limit=2`);
      expect(first.statusCode).toBe(200);
      const page1 = first.json();
      expect(page1.items).toHaveLength(2);
      expect(page1.nextCursor).toEqual(expect.any(String));
      const ids: string[] = page1.items.map((r: { id: string }) => r.id);
      let cursor: string | null = page1.nextCursor;
      while (cursor) {
        const page = (await call('GET', `/api/me/${path}?limit=2&cursor=${cursor}`)).json();
        ids.push(...page.items.map((r: { id: string }) => r.id));
        cursor = page.nextCursor;
      }
      expect(ids).toHaveLength(5);
      expect(new Set(ids).size).toBe(5);
      expect((await call('GET', `/api/me/${path}?cursor=nonsense`)).statusCode).toBe(400);
      expect((await call('GET', `/api/me/${path}?limit=1000`)).statusCode).toBe(400);
    });
  });

  it('refuses text the database could not keep (NUL, half a surrogate pair) with 400, not 500', async () => {
    const log = sampleSessionLog(50);
    const checkIn = sampleCheckIn(50);
    const plan = samplePlan(50);
    const screen = sampleSafetyScreen(50);
    for (const bad of ['a\u0000b', 'a\uD800b', '\uDC00']) {
      const attempts = [
        ['session-logs', { ...log, points: [{ ...log.points[0]!, id: bad }] }],
        ['check-ins', { ...checkIn, activities: [{ name: bad, score: 3 }] }],
        ['plans', { ...plan, request: { note: bad } }],
        [
          'safety-screens',
          { ...screen, result: { ...screen.result, nextStep: { when: 'soon', message: bad } } },
        ],
      ] as const;
      for (const [path, record] of attempts) {
        const response = await call('PUT', `/api/me/${path}/${record.id}`, record);
        expect(response.statusCode, `${path} ${JSON.stringify(bad)}`).toBe(400);
        expect(response.json().error.message).toMatch(/NUL character or half of a surrogate pair/);
      }
    }
  });

  describe('sync', () => {
    const upload = {
      painMaps: [samplePainMap(30), samplePainMap(31)],
      safetyScreens: [sampleSafetyScreen(30)],
      plans: [samplePlan(30)],
      sessionLogs: [sampleSessionLog(30), sampleSessionLog(31), sampleSessionLog(32)],
      checkIns: [sampleCheckIn(30)],
      reminders: { days: ['MO', 'TH'], time: '07:30', timeZone: 'Europe/Paris' },
    };

    it('stores what a device holds, and a second upload of the same records creates nothing', async () => {
      const before = (await call('GET', '/api/me/session-logs?limit=100')).json().items.length;
      const first = await call('POST', '/api/me/sync', upload);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({
        painMaps: { created: 2, updated: 0, unchanged: 0 },
        safetyScreens: { created: 1, updated: 0, unchanged: 0 },
        plans: { created: 1, updated: 0, unchanged: 0 },
        sessionLogs: { created: 3, updated: 0, unchanged: 0 },
        checkIns: { created: 1, updated: 0, unchanged: 0 },
        reminders: 'saved',
      });
      const second = await call('POST', '/api/me/sync', upload);
      expect(second.json().sessionLogs).toEqual({ created: 0, updated: 0, unchanged: 3 });
      expect(second.json().painMaps).toEqual({ created: 0, updated: 0, unchanged: 2 });
      const after = (await call('GET', '/api/me/session-logs?limit=100')).json().items.length;
      expect(after - before).toBe(3);
      expect((await call('GET', '/api/me/reminders')).json()).toEqual({
        reminders: upload.reminders,
      });
    });

    it('refuses an upload that lists one id twice', async () => {
      const log = sampleSessionLog(40);
      const response = await call('POST', '/api/me/sync', { sessionLogs: [log, log] });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'invalid_body',
        message: expect.stringContaining('This id is listed twice.'),
      });
    });

    it('accepts an empty upload and unknown kinds are a 400', async () => {
      expect((await call('POST', '/api/me/sync', {})).json().reminders).toBe('not-sent');
      expect((await call('POST', '/api/me/sync', { notes: [] })).statusCode).toBe(400);
    });
  });

  it('answers any body on any personal-data endpoint with a 2xx or a 4xx, never a 5xx', async () => {
    const valid = Object.entries(samples).map(([path, make]) => [path, make(60)] as const);
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      // A valid record with one field swapped for anything: the near misses that reach deepest.
      fc
        .tuple(fc.constantFrom(...valid), fc.jsonValue({ maxDepth: 2 }), fc.nat())
        .map(([[, record], value, pick]) => {
          const keys = Object.keys(record);
          return { ...record, [keys[pick % keys.length]!]: value };
        }),
    );
    const target = fc.constantFrom(
      ...valid.map(([path, record]) => ['PUT', `/api/me/${path}/${record.id}`] as const),
      ['POST', '/api/me/sync'] as const,
      ['POST', '/api/me/import'] as const,
      ['PUT', '/api/me/reminders'] as const,
      ['POST', '/api/me/password'] as const,
    );
    await fc.assert(
      fc.asyncProperty(target, body, async ([method, url], payload) => {
        const response = await t.app.inject({
          method,
          url,
          headers: { cookie: ana.cookie, 'content-type': 'application/json' },
          payload: JSON.stringify(payload),
        });
        expect(response.statusCode, `${method} ${url} ${JSON.stringify(payload)}`).toBeLessThan(
          500,
        );
      }),
      { numRuns: 150 },
    );
    const queries = fc.constantFrom(
      ...Object.keys(samples).map((path) => `/api/me/${path}`),
      '/api/me/progress',
    );
    await fc.assert(
      fc.asyncProperty(
        queries,
        fc.dictionary(fc.constantFrom('limit', 'cursor', 'now', 'utcOffsetMinutes'), fc.string()),
        async (url, query) => {
          const response = await call('GET', `${url}?${new URLSearchParams(query)}`);
          expect(response.statusCode, `${url} ${JSON.stringify(query)}`).toBeLessThan(500);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('has routes for every kind the contract names', () => {
    expect(Object.keys(samples).sort()).toEqual(Object.keys(recordKinds).sort());
  });
});
