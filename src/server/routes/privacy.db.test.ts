import { beforeAll, describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { appWithPeople } from '../auth/test-fixture.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

const anasRecords = {
  'pain-maps': samplePainMap(1),
  'safety-screens': sampleSafetyScreen(1),
  plans: samplePlan(1),
  'session-logs': sampleSessionLog(1),
  'check-ins': sampleCheckIn(1),
} as const;

describe.each(testDatabases())('two people on one $kind server', (target) => {
  const t = appWithPeople(target, { ana: 'ana@example.org', ben: 'ben@example.org' });
  const { ana, ben } = t.people;
  /** Every documented private endpoint: [method, path with {id}]. */
  let privateEndpoints: [Method, string][];

  beforeAll(async () => {
    for (const [path, record] of Object.entries(anasRecords)) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `/api/me/${path}/${record.id}`,
        headers: { cookie: ana.cookie },
        payload: record,
      });
      if (response.statusCode !== 201) throw new Error(response.body);
    }
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/reminders',
      headers: { cookie: ana.cookie },
      payload: { days: ['MO'], time: '07:30', timeZone: 'Europe/Paris' },
    });
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    privateEndpoints = Object.entries(openapi.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/me') || path === '/api/auth/sign-out-everywhere')
      .flatMap(([path, methods]) =>
        Object.keys(methods).map(
          (method) => [method.toUpperCase() as Method, path] as [Method, string],
        ),
      );
  });

  it('documents every private endpoint the matrix below walks through', () => {
    expect(privateEndpoints.length).toBeGreaterThanOrEqual(33);
    expect(privateEndpoints).toContainEqual(['GET', '/api/me/session-logs/{id}']);
    expect(privateEndpoints).toContainEqual(['POST', '/api/me/import']);
    expect(privateEndpoints).toContainEqual(['DELETE', '/api/me']);
  });

  it('answers 401 unauthorized on every private endpoint when signed out, whatever the body', async () => {
    const id = anasRecords['session-logs'].id;
    for (const [method, path] of privateEndpoints) {
      for (const cookie of [undefined, '__Host-unknot=made-up']) {
        const response = await t.app.inject({
          method,
          url: path.replace('{id}', id),
          headers: cookie ? { cookie } : {},
          ...(method === 'GET' ? {} : { payload: { anything: true } }),
        });
        expect(response.statusCode, `${method} ${path}`).toBe(401);
        expect(response.json().error.code).toBe('unauthorized');
      }
    }
  });

  it('answers 404 not_found, as for an id that never existed, when one person asks for another’s record', async () => {
    for (const [path, record] of Object.entries(anasRecords)) {
      for (const method of ['GET', 'DELETE'] as const) {
        const theirs = await t.app.inject({
          method,
          url: `/api/me/${path}/${record.id}`,
          headers: { cookie: ben.cookie },
        });
        const nobodys = await t.app.inject({
          method,
          url: `/api/me/${path}/${record.id.replace(/.$/, 'f')}`,
          headers: { cookie: ben.cookie },
        });
        expect(theirs.statusCode, `${method} ${path}`).toBe(404);
        expect(theirs.json()).toEqual(nobodys.json());
      }
    }
  });

  it('lets a person store a record under an id another person uses, without touching theirs', async () => {
    for (const [path, record] of Object.entries(anasRecords)) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `/api/me/${path}/${record.id}`,
        headers: { cookie: ben.cookie },
        payload: record,
      });
      expect(response.statusCode, path).toBe(201);
      const delBen = await t.app.inject({
        method: 'DELETE',
        url: `/api/me/${path}/${record.id}`,
        headers: { cookie: ben.cookie },
      });
      expect(delBen.statusCode).toBe(204);
      const anas = await t.app.inject({
        method: 'GET',
        url: `/api/me/${path}/${record.id}`,
        headers: { cookie: ana.cookie },
      });
      expect(anas.json()).toEqual(record);
    }
  });

  it('shows one person none of another’s records in lists, progress, exports or the calendar', async () => {
    const get = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: ben.cookie } });
    for (const path of Object.keys(anasRecords)) {
      expect((await get(`/api/me/${path}`)).json()).toEqual({ items: [], nextCursor: null });
    }
    const exported = (await get('/api/me/export.json')).json();
    expect(exported.account.email).toBe('ben@example.org');
    for (const key of ['painMaps', 'safetyScreens', 'plans', 'sessionLogs', 'checkIns']) {
      expect(exported[key], key).toEqual([]);
    }
    expect(exported.reminders).toBeNull();
    expect((await get('/api/me/sessions.csv')).body.trim().split('\r\n')).toHaveLength(1);
    const fhir = JSON.parse((await get('/api/me/export.fhir.json')).body);
    expect(
      fhir.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
    ).toEqual(['Patient']);
    expect((await get('/api/me/progress')).json().progress.sessions).toEqual([]);
    expect((await get('/api/me/reminders')).json()).toEqual({ reminders: null });
    expect((await get('/api/me/reminders.ics')).statusCode).toBe(404);
    // And Ana still sees her own.
    const anas = await t.app.inject({
      method: 'GET',
      url: '/api/me/progress',
      headers: { cookie: ana.cookie },
    });
    expect(anas.json().progress.sessions).toHaveLength(1);
  });
});
