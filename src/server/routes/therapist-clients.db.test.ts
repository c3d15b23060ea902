import { beforeAll, describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { goodPassword, type SignedUp } from '../auth/test-accounts.js';
import { appWithPeople } from '../auth/test-fixture.js';
import { endLink, link, makeTherapist, turnOnTwoFactor } from '../auth/test-therapists.js';

describe.each(testDatabases())('a therapist reading linked clients on $kind', (target) => {
  const t = appWithPeople(
    target,
    {
      admin: 'admin@example.org',
      therapist: 'tess@example.org',
      ana: 'ana@example.org',
      bo: 'bo@example.org',
    },
    { start: new Date('2024-03-29T12:00:00Z') },
  );
  const { admin, therapist, ana, bo } = t.people;
  let linkId: string;
  beforeAll(async () => {
    await makeTherapist(t, admin.cookie, therapist);
    const stopped = sampleSafetyScreen(27);
    const sync = await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: ana.cookie },
      payload: {
        painMaps: [samplePainMap(1), samplePainMap(2), samplePainMap(3)],
        safetyScreens: [
          sampleSafetyScreen(1),
          { ...stopped, result: { ...stopped.result, level: 'urgent', selfCareAllowed: false } },
        ],
        plans: [samplePlan(1)],
        sessionLogs: [sampleSessionLog(1), sampleSessionLog(2), sampleSessionLog(3)],
        checkIns: [sampleCheckIn(2), sampleCheckIn(4)],
      },
    });
    expect(sync.statusCode, sync.body).toBe(200);
    linkId = await link(t, therapist.cookie, ana.cookie);
  });

  // Each request a second after the last, so the access log has one order to show.
  const get = (who: SignedUp, url: string) => {
    t.clock.advance(1000);
    return t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  };
  const accessLog = async () => (await get(ana, '/api/me/access-log?limit=100')).json().items;

  it('lists linked clients only, with what needs attention in plain words', async () => {
    const clients = (await get(therapist, '/api/therapist/clients')).json().items;
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({ clientId: ana.id, displayName: 'ana' });
    const codes = clients[0].needsAttention.map((item: { code: string }) => item.code);
    // The latest screen stopped self-care; the last session was on 4 March, 24.75 days ago;
    // the week of 18 March had none of the 3 planned.
    expect(codes).toEqual(['safety-stop', 'no-recent-session', 'behind-plan']);
    expect(clients[0].reason).toBe(clients[0].needsAttention[0].message);
    expect(clients[0].needsAttention[1].message).toMatch(/^No session for 24 days/);
    expect((await accessLog())[0]).toMatchObject({
      actor: { id: therapist.id, displayName: 'tess', role: 'therapist' },
      action: 'read',
      resource: 'needs-attention',
    });
  });

  it('reads each kind of record exactly as the client’s own routes answer, page by page', async () => {
    for (const kind of ['pain-maps', 'safety-screens', 'session-logs', 'check-ins']) {
      let ownUrl = `/api/me/${kind}?limit=2`;
      let theirUrl = `/api/therapist/clients/${ana.id}/${kind}?limit=2`;
      for (let page = 0; page < 3; page++) {
        const own = await get(ana, ownUrl);
        const theirs = await get(therapist, theirUrl);
        expect(theirs.statusCode, theirUrl).toBe(200);
        expect(theirs.json()).toEqual(own.json());
        const next = own.json().nextCursor;
        if (!next) break;
        ownUrl = `/api/me/${kind}?limit=2&cursor=${next}`;
        theirUrl = `/api/therapist/clients/${ana.id}/${kind}?limit=2&cursor=${next}`;
      }
      expect((await accessLog())[0]).toMatchObject({ action: 'read', resource: kind });
    }
    const query = '?now=2024-03-29T12:00:00Z&utcOffsetMinutes=60';
    const own = await get(ana, `/api/me/progress${query}`);
    const theirs = await get(therapist, `/api/therapist/clients/${ana.id}/progress${query}`);
    expect(theirs.json()).toEqual(own.json());
    const summary = await get(therapist, `/api/therapist/clients/${ana.id}`);
    expect(summary.json()).toEqual({
      clientId: ana.id,
      displayName: 'ana',
      since: expect.any(String),
    });
    expect((await accessLog()).slice(0, 2).map((e: { resource: string }) => e.resource)).toEqual([
      'client-summary',
      'progress',
    ]);
  });

  it('answers 404 for a person who is not a client, a made-up id or no id at all', async () => {
    for (const id of [bo.id, admin.id, therapist.id, '00000000-0000-4000-8000-000000000000', 'x']) {
      for (const tail of ['', '/pain-maps', '/progress', '/session-logs']) {
        const response = await get(therapist, `/api/therapist/clients/${id}${tail}`);
        expect(response.statusCode, `${id}${tail}`).toBe(404);
      }
    }
    expect((await get(bo, '/api/me/access-log')).json().items).toEqual([]);
  });

  it('logs nothing for a person’s own reads, and pages the log newest first', async () => {
    const before = (await accessLog()).length;
    await get(ana, '/api/me/pain-maps');
    expect(await accessLog()).toHaveLength(before);
    const first = (await get(ana, '/api/me/access-log?limit=3')).json();
    expect(first.items).toHaveLength(3);
    const next = await get(ana, `/api/me/access-log?limit=3&cursor=${first.nextCursor}`);
    expect(next.statusCode, next.body).toBe(200);
    const second = next.json();
    const all = await accessLog();
    expect([...first.items, ...second.items]).toEqual(all.slice(0, 6));
    const times = all.map((entry: { at: string }) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('needs two-factor on: without it, 403 two_factor_required', async () => {
    const off = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/two-factor',
      headers: { cookie: therapist.cookie },
      payload: { password: goodPassword },
    });
    expect(off.statusCode).toBe(204);
    const refused = await get(therapist, `/api/therapist/clients/${ana.id}/pain-maps`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('two_factor_required');
    await turnOnTwoFactor(t, therapist.cookie);
    expect((await get(therapist, `/api/therapist/clients/${ana.id}/pain-maps`)).statusCode).toBe(
      200,
    );
  });

  it('puts the access log in the client’s JSON export and as AuditEvents in the FHIR export', async () => {
    const log = await accessLog();
    const exported = (await get(ana, '/api/me/export.json')).json();
    expect(exported.accessLog).toHaveLength(log.length);
    expect(exported.accessLog).toEqual([...log].reverse());
    const fhir = JSON.parse((await get(ana, '/api/me/export.fhir.json')).body);
    const events = fhir.entry.filter(
      (entry: { resource: { resourceType: string } }) =>
        entry.resource.resourceType === 'AuditEvent',
    );
    expect(events).toHaveLength(log.length);
    expect(events.at(-1).resource).toMatchObject({
      action: 'R',
      agent: [{ who: { display: 'tess', identifier: { value: therapist.id } }, requestor: true }],
      entity: [{ description: log[0].resource }],
    });
    // The export document with its log still imports.
    const back = await t.app.inject({
      method: 'POST',
      url: '/api/me/import',
      headers: { cookie: ana.cookie },
      payload: exported,
    });
    expect(back.statusCode, back.body).toBe(200);
  });

  it('loses access at once when the client ends sharing', async () => {
    await endLink(t, ana.cookie, linkId);
    for (const tail of [
      '',
      '/pain-maps',
      '/safety-screens',
      '/session-logs',
      '/check-ins',
      '/progress',
    ]) {
      const response = await get(therapist, `/api/therapist/clients/${ana.id}${tail}`);
      expect(response.statusCode, tail).toBe(404);
    }
    expect((await get(therapist, '/api/therapist/clients')).json().items).toEqual([]);
  });
});
