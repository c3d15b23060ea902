import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExportDocument } from '../../core/contracts/export.js';
import { triage } from '../../core/triage/index.js';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { goodPassword, signUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';
import { uuidV5 } from '../use-cases/export.js';

const personalTables = [
  'login_sessions',
  'pain_maps',
  'safety_screens',
  'plans',
  'session_logs',
  'check_ins',
  'reminder_settings',
] as const;

const upload = {
  painMaps: [samplePainMap(1), samplePainMap(2)],
  safetyScreens: [sampleSafetyScreen(1)],
  plans: [samplePlan(1)],
  sessionLogs: Array.from({ length: 12 }, (_, i) => sampleSessionLog(i + 1, i % 4)),
  checkIns: [sampleCheckIn(1), sampleCheckIn(2)],
  reminders: { days: ['TU', 'SA'], time: '19:00', timeZone: 'America/New_York' },
};

describe.each(testDatabases())('export, delete and import on $kind', (target) => {
  const t = appWithPeople(target, { ana: 'ana@example.org' });
  let { ana } = t.people;
  beforeAll(async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: ana.cookie },
      payload: upload,
    });
  });

  const get = (cookie: string, url: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie } });

  const rowsOf = async (userId: string) => {
    const counts: Record<string, number> = {};
    for (const table of personalTables) {
      const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
        where user_id = ${userId}`.execute(t.database.db);
      counts[table] = result.rows[0]!.n;
    }
    return counts;
  };

  it('exports everything as a versioned document that passes its own contract', async () => {
    const response = await get(ana.cookie, '/api/me/export.json');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="unknot-export-2024-03-04.json"',
    );
    const document = response.json();
    expect(ExportDocument.safeParse(document).error).toBeUndefined();
    expect(document).toMatchObject({
      format: 'unknot-export',
      version: 1,
      exportedAt: '2024-03-04T08:00:00.000Z',
      account: { email: 'ana@example.org' },
      reminders: upload.reminders,
    });
    expect(document.sessionLogs).toHaveLength(12);
    expect(document.sessionLogs[0]).toEqual(upload.sessionLogs[0]);
  });

  it('export, then delete the account, then import into a new one gives the same data', async () => {
    const before = (await get(ana.cookie, '/api/me/export.json')).json();
    const wrong = await t.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: ana.cookie },
      payload: { password: 'not my password' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('wrong_password');

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { cookie: ana.cookie },
      payload: { password: goodPassword },
    });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.cookies.find((c) => c.name === '__Host-unknot')?.value).toBe('');
    expect(await rowsOf(ana.id)).toEqual(Object.fromEntries(personalTables.map((x) => [x, 0])));
    expect((await get(ana.cookie, '/api/me')).statusCode).toBe(401);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ana@example.org', password: goodPassword },
    });
    expect(signIn.statusCode).toBe(401);

    t.clock.advance(60_000);
    const again = await signUp(t.app, 'ana@example.org');
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/me/import',
      headers: { cookie: again.cookie },
      payload: before,
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json().sessionLogs).toEqual({ created: 12, updated: 0, unchanged: 0 });
    const after = (await get(again.cookie, '/api/me/export.json')).json();
    const { exportedAt: _a, account: _b, ...beforeData } = before;
    const { exportedAt: _c, account: _d, ...afterData } = after;
    expect(afterData).toEqual(beforeData);
    ana = again;
  });

  it('imports the same document twice without doubling anything', async () => {
    const document = (await get(ana.cookie, '/api/me/export.json')).json();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/me/import',
      headers: { cookie: ana.cookie },
      payload: document,
    });
    expect(response.json()).toEqual({
      painMaps: { created: 0, updated: 0, unchanged: 2 },
      safetyScreens: { created: 0, updated: 0, unchanged: 1 },
      plans: { created: 0, updated: 0, unchanged: 1 },
      sessionLogs: { created: 0, updated: 0, unchanged: 12 },
      checkIns: { created: 0, updated: 0, unchanged: 2 },
      reminders: 'saved',
    });
    expect((await get(ana.cookie, '/api/me/export.json')).json().sessionLogs).toHaveLength(12);
  });

  it('takes an import larger than the usual 1 MB body limit', async () => {
    const document = (await get(ana.cookie, '/api/me/export.json')).json();
    const many = Array.from({ length: 400 }, (_, i) => {
      const log = sampleSessionLog(100 + i);
      return { ...log, id: uuidV5(`log-${i}`, ana.id), events: Array(30).fill(log.events[1]) };
    });
    const payload = JSON.stringify({ ...document, sessionLogs: many });
    expect(payload.length).toBeGreaterThan(1024 * 1024);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/me/import',
      headers: { cookie: ana.cookie, 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().sessionLogs.created).toBe(400);
  });

  it('refuses a document of another format or version', async () => {
    const document = (await get(ana.cookie, '/api/me/export.json')).json();
    for (const change of [{ version: 2 }, { format: 'other' }, { sessionLogs: [{ id: 'x' }] }]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/me/import',
        headers: { cookie: ana.cookie },
        payload: { ...document, ...change },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
    }
  });

  it('gives the sessions as CSV, one row per point per session, as a download', async () => {
    const response = await get(ana.cookie, '/api/me/sessions.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="unknot-sessions.csv"',
    );
    const lines = response.body.split('\r\n').filter(Boolean);
    // 412 sessions with two points each, after the header.
    expect(lines).toHaveLength(1 + 412 * 2);
  });

  it('gives a FHIR R4 Bundle whose references all resolve, the same ids each time', async () => {
    const response = await get(ana.cookie, '/api/me/export.fhir.json');
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const bundle = JSON.parse(response.body);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const fullUrls = new Set(bundle.entry.map((e: { fullUrl: string }) => e.fullUrl));
    expect(fullUrls.size).toBe(bundle.entry.length);
    expect(bundle.entry[0].resource).toMatchObject({ resourceType: 'Patient', id: ana.id });
    for (const e of bundle.entry.slice(1)) {
      expect(fullUrls.has(e.resource.subject.reference)).toBe(true);
    }
    const again = JSON.parse((await get(ana.cookie, '/api/me/export.fhir.json')).body);
    expect(again.entry.map((e: { fullUrl: string }) => e.fullUrl)).toEqual(
      bundle.entry.map((e: { fullUrl: string }) => e.fullUrl),
    );
  });

  it('keeps the note of a changed emergency answer in the screen history and the export', async () => {
    const emergency = { ...sampleSafetyScreen(3), answers: { 'bladder-change': true } };
    const answers = { age: 40, 'pain-weeks': 3 };
    const corrected = {
      ...sampleSafetyScreen(4),
      answers,
      result: triage(answers),
      correction: {
        kind: 'mis-tap' as const,
        confirmedAt: '2024-03-05T07:29:00.000Z',
        earlier: {
          answeredAt: emergency.answeredAt,
          level: 'emergency' as const,
          yes: ['bladder-change'],
        },
      },
    };
    const synced = await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: ana.cookie },
      payload: { safetyScreens: [{ ...emergency, result: triage(emergency.answers) }, corrected] },
    });
    expect(synced.statusCode).toBe(200);
    const document = (await get(ana.cookie, '/api/me/export.json')).json();
    expect(ExportDocument.safeParse(document).error).toBeUndefined();
    const kept = document.safetyScreens.find(
      (screen: { id: string }) => screen.id === corrected.id,
    );
    expect(kept.correction).toEqual(corrected.correction);
    const earlier = document.safetyScreens.find(
      (screen: { id: string }) => screen.id === emergency.id,
    );
    expect(earlier.result.level).toBe('emergency');
  });
});

describe('UUID version 5', () => {
  it('matches the RFC 9562 example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
