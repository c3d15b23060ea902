// The access matrix: every route and method of /api/openapi.json against every persona, each
// cell's expected status written in the one table below. A route without a row fails, a row
// without a route fails, and any other status (above all an unexpected 2xx) fails.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../db/repositories/sample-records.js';
import { testDatabases } from '../db/test-databases.js';
import {
  type AccountsTestApp,
  goodPassword,
  type SignedUp,
  sessionCookie,
  signUp,
  startAccountsTestApp,
} from './auth/test-accounts.js';
import { endLink, invite, link, makeTherapist, nextCode } from './auth/test-therapists.js';

/** The columns of the table, in order. */
const personas = [
  'signed out',
  'person A',
  'person B',
  'therapist linked to A',
  'therapist not linked',
  'therapist whose link A ended',
  'therapist without two-factor',
  'administrator',
] as const;
type Persona = (typeof personas)[number];
type Row = readonly [number, number, number, number, number, number, number, number];

// Patterns that recur, named so the table reads as a sentence per row.
const everyone = (status: number): Row => [
  status,
  status,
  status,
  status,
  status,
  status,
  status,
  status,
];
const signedIn = (status: number): Row => [
  401,
  status,
  status,
  status,
  status,
  status,
  status,
  status,
];
const adminOnly = (status: number): Row => [401, 403, 403, 403, 403, 403, 403, status];
const therapists = (status: number): Row => [401, 403, 403, status, status, status, 403, 403];
const linkedToA = (status: number): Row => [401, 403, 403, status, 404, 404, 403, 403];
const onlyA = (status: number): Row => [401, status, 404, 404, 404, 404, 404, 404];

const painMap = samplePainMap(1);
const records = {
  'pain-maps': painMap,
  'safety-screens': sampleSafetyScreen(1),
  plans: samplePlan(1),
  'session-logs': sampleSessionLog(1),
  'check-ins': sampleCheckIn(1),
} as const;
type Kind = keyof typeof records;

const finding = { triggerPoint: 'glute-overlap-point-left', side: 'left', tenderness: 2 };
const assignedPlan = {
  steps: [
    {
      kind: 'trigger-point',
      id: 'glute-overlap-point-left',
      triggerPoint: 'glute-overlap-point-left',
      technique: 'glute-point-fists',
      step: 1,
      side: 'left',
      tools: ['fists'],
      place: 'floor',
      dose: { mode: 'hold', seconds: 10, reps: 3 },
    },
  ],
  sessionsPerWeek: 3,
};

interface Context {
  readonly persona: Persona;
  /** Runs before the cell: makes the invitation, token or link the cell's path names. */
  params: Record<string, string>;
}

interface Cell {
  readonly expect: Row;
  readonly body?: (context: Context) => unknown;
  readonly before?: (context: Context) => Promise<void>;
  /** The call ends the persona's session: sign in again after it. */
  readonly endsSession?: true;
}

describe.each(testDatabases())('the access matrix on $kind', (target) => {
  let t: AccountsTestApp;
  const people = new Map<Persona, SignedUp & { secret?: string }>();
  let helper: SignedUp;
  let linker: SignedUp;
  let disposableLink: string | null = null;

  const as = (persona: Persona) => people.get(persona)!;
  const personA = () => as('person A');

  async function signInAgain(persona: Persona) {
    const who = people.get(persona);
    if (!who) return;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: {
        email: who.email,
        password: goodPassword,
        ...(who.secret ? { totp: nextCode(t, who.secret) } : {}),
      },
    });
    if (response.statusCode !== 200) throw new Error(`sign-in again: ${response.body}`);
    people.set(persona, { ...who, cookie: sessionCookie(response) });
  }

  const saveRecordsOfA = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: personA().cookie },
      payload: {
        painMaps: [records['pain-maps']],
        safetyScreens: [records['safety-screens']],
        plans: [records.plans],
        sessionLogs: [records['session-logs']],
        checkIns: [records['check-ins']],
      },
    });

  const recordRows = (kind: Kind): Record<string, Cell> => ({
    [`GET /api/me/${kind}`]: { expect: signedIn(200) },
    [`GET /api/me/${kind}/{id}`]: {
      expect: onlyA(200),
      before: async (c) => {
        await saveRecordsOfA();
        c.params.id = records[kind].id;
      },
    },
    [`PUT /api/me/${kind}/{id}`]: {
      expect: signedIn(201),
      before: async (c) => {
        c.params.id = randomUUID();
      },
      body: (c) => ({ ...records[kind], id: c.params.id }),
    },
    [`DELETE /api/me/${kind}/{id}`]: {
      expect: onlyA(204),
      before: async (c) => {
        await saveRecordsOfA();
        c.params.id = records[kind].id;
      },
    },
    // A therapist reads every kind but plans, which stay the client's own.
    ...(kind === 'plans'
      ? {}
      : { [`GET /api/therapist/clients/{clientId}/${kind}`]: { expect: linkedToA(200) } }),
  });

  // THE TABLE: every route and method, and what each persona gets.
  const table = (): Record<string, Cell> => ({
    'GET /api/health': { expect: everyone(200) },
    'GET /api/content': { expect: everyone(200) },
    'POST /api/match': {
      expect: everyone(200),
      body: () => ({ regions: [{ id: 'low-back-left' }] }),
    },
    'POST /api/triage': { expect: everyone(200), body: () => ({ answers: { age: 40 } }) },
    'POST /api/plan': {
      expect: everyone(200),
      body: () => ({
        regions: [{ id: 'low-back-left' }],
        answers: { age: 40 },
        preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium' },
      }),
    },
    'POST /api/auth/sign-up': {
      expect: everyone(201),
      body: () => ({ email: `new-${randomUUID()}@example.org`, password: goodPassword }),
    },
    'GET /api/auth/sign-up-options': { expect: everyone(200) },
    'POST /api/auth/sign-in': {
      expect: everyone(401),
      // Each persona's own email, so no account reaches its limit of 5 failures.
      body: (c) => ({
        email: people.get(c.persona)?.email ?? 'nobody@example.org',
        password: 'not the password',
      }),
    },
    'POST /api/auth/sign-out': { expect: everyone(204), endsSession: true },
    'POST /api/auth/sign-out-everywhere': { expect: signedIn(204), endsSession: true },
    'GET /api/me': { expect: signedIn(200) },
    'PATCH /api/me': { expect: signedIn(200), body: () => ({ displayName: 'Same Name' }) },
    // Wrong passwords: every signed-in persona is refused, nobody's account changes.
    'DELETE /api/me': { expect: signedIn(403), body: () => ({ password: 'not the password' }) },
    'POST /api/me/password': {
      expect: signedIn(403),
      body: () => ({ currentPassword: 'not the password', newPassword: 'another good password' }),
    },
    ...recordRows('pain-maps'),
    ...recordRows('safety-screens'),
    ...recordRows('plans'),
    ...recordRows('session-logs'),
    ...recordRows('check-ins'),
    'POST /api/me/sync': { expect: signedIn(200), body: () => ({}) },
    'GET /api/me/reminders': { expect: signedIn(200) },
    'PUT /api/me/reminders': {
      expect: signedIn(200),
      body: () => ({ days: ['MO'], time: '07:30', timeZone: 'Europe/Paris' }),
    },
    'DELETE /api/me/reminders': { expect: signedIn(204) },
    'GET /api/me/reminders.ics': {
      expect: signedIn(404),
      before: async (c) => {
        const who = people.get(c.persona);
        if (who) {
          await t.app.inject({
            method: 'DELETE',
            url: '/api/me/reminders',
            headers: { cookie: who.cookie },
          });
        }
      },
    },
    'GET /api/me/progress': { expect: signedIn(200) },
    'GET /api/me/export.json': { expect: signedIn(200) },
    'GET /api/me/sessions.csv': { expect: signedIn(200) },
    'GET /api/me/export.fhir.json': { expect: signedIn(200) },
    'POST /api/me/import': {
      expect: signedIn(200),
      body: () => ({
        format: 'unknot-export',
        version: 1,
        exportedAt: '2024-03-04T08:00:00Z',
        account: { email: 'x@example.org', createdAt: '2024-03-04T08:00:00Z' },
        painMaps: [],
        safetyScreens: [],
        plans: [],
        sessionLogs: [],
        checkIns: [],
        reminders: null,
      }),
    },
    // Therapists (and the one without two-factor, whose setup is pending) have it on: 409.
    'POST /api/me/two-factor': { expect: [401, 200, 200, 409, 409, 409, 200, 200] },
    'POST /api/me/two-factor/confirm': {
      expect: [401, 400, 400, 409, 409, 409, 400, 400],
      before: async (c) => {
        const who = people.get(c.persona);
        if (who)
          await t.app.inject({
            method: 'POST',
            url: '/api/me/two-factor',
            headers: { cookie: who.cookie },
          });
      },
      body: () => ({ code: '000000' }),
    },
    'DELETE /api/me/two-factor': {
      expect: signedIn(403),
      body: () => ({ password: 'not the password' }),
    },
    'GET /api/admin/accounts': { expect: adminOnly(200) },
    'PUT /api/admin/accounts/{accountId}/role': {
      expect: adminOnly(200),
      before: async (c) => {
        c.params.accountId = as('person B').id;
      },
      body: () => ({ role: 'person' }),
    },
    'POST /api/admin/accounts': {
      expect: adminOnly(201),
      body: () => ({ email: `made-${randomUUID()}@example.org`, password: goodPassword }),
    },
    'GET /api/admin/settings': { expect: adminOnly(200) },
    // The mode in force stays open: the sign-up row above still expects 201.
    'PUT /api/admin/settings': { expect: adminOnly(200), body: () => ({ signups: 'open' }) },
    'POST /api/therapist/invitations': { expect: therapists(201), body: () => ({}) },
    'GET /api/therapist/invitations': { expect: therapists(200) },
    'DELETE /api/therapist/invitations/{id}': {
      expect: [401, 403, 403, 204, 404, 404, 403, 403],
      before: async (c) => {
        await invite(t, as('therapist linked to A').cookie);
        const list = await t.app.inject({
          method: 'GET',
          url: '/api/therapist/invitations',
          headers: { cookie: as('therapist linked to A').cookie },
        });
        c.params.id = list.json().items[0].id;
      },
    },
    'GET /api/invitations/{token}': {
      expect: everyone(200),
      before: async (c) => {
        c.params.token = await invite(t, helper.cookie);
      },
    },
    'POST /api/invitations/{token}/accept': {
      expect: [401, 200, 200, 200, 200, 200, 200, 200],
      before: async (c) => {
        c.params.token = await invite(t, helper.cookie);
      },
      body: () => ({}),
    },
    'POST /api/invitations/{token}/decline': {
      expect: everyone(204),
      before: async (c) => {
        c.params.token = await invite(t, helper.cookie);
      },
    },
    'GET /api/me/therapists': { expect: signedIn(200) },
    'DELETE /api/me/therapists/{linkId}': {
      expect: onlyA(204),
      before: async (c) => {
        disposableLink ??= await link(t, linker.cookie, personA().cookie);
        c.params.linkId = disposableLink;
        if (c.persona === 'person A') disposableLink = null;
      },
    },
    'GET /api/me/access-log': { expect: signedIn(200) },
    'GET /api/therapist/clients': { expect: therapists(200) },
    'GET /api/therapist/clients/{clientId}': { expect: linkedToA(200) },
    'GET /api/therapist/clients/{clientId}/progress': { expect: linkedToA(200) },
    'PUT /api/therapist/clients/{clientId}/findings/{findingId}': {
      expect: linkedToA(200),
      before: async (c) => {
        c.params.findingId = randomUUID();
      },
      body: () => finding,
    },
    'GET /api/therapist/clients/{clientId}/findings': { expect: linkedToA(200) },
    'DELETE /api/therapist/clients/{clientId}/findings/{findingId}': {
      expect: linkedToA(204),
      before: async (c) => {
        c.params.findingId = await byLinkedTherapist('findings', finding);
      },
    },
    'GET /api/me/findings': { expect: signedIn(200) },
    'PUT /api/therapist/clients/{clientId}/plans/{planId}': {
      expect: linkedToA(200),
      before: async (c) => {
        c.params.planId = randomUUID();
      },
      body: () => assignedPlan,
    },
    'GET /api/therapist/clients/{clientId}/plans': { expect: linkedToA(200) },
    'DELETE /api/therapist/clients/{clientId}/plans/{planId}': {
      expect: linkedToA(204),
      before: async (c) => {
        c.params.planId = await byLinkedTherapist('plans', assignedPlan);
      },
    },
    'GET /api/therapist/clients/{clientId}/plan-suggestion': { expect: linkedToA(200) },
    'GET /api/therapist/clients/{clientId}/follow-up': { expect: linkedToA(200) },
    'GET /api/me/assigned-plans': { expect: signedIn(200) },
  });

  /** A finding or plan the linked therapist saves on A, for a cell that deletes it: its id. */
  async function byLinkedTherapist(kind: 'findings' | 'plans', body: object): Promise<string> {
    const id = randomUUID();
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/therapist/clients/${personA().id}/${kind}/${id}`,
      headers: { cookie: as('therapist linked to A').cookie },
      payload: body,
    });
    if (response.statusCode !== 200) throw new Error(`save ${kind}: ${response.body}`);
    return id;
  }

  beforeAll(async () => {
    t = await startAccountsTestApp(target);
    const admin = await signUp(t.app, 'admin@example.org');
    people.set('administrator', admin);
    people.set('person A', await signUp(t.app, 'a@example.org'));
    people.set('person B', await signUp(t.app, 'b@example.org'));
    const therapistPersonas = [
      'therapist linked to A',
      'therapist not linked',
      'therapist whose link A ended',
      'therapist without two-factor',
    ] as const;
    const therapist = async (email: string) => {
      const who = await signUp(t.app, email);
      return { ...who, secret: (await makeTherapist(t, admin.cookie, who)).secret };
    };
    for (const [index, persona] of therapistPersonas.entries()) {
      people.set(persona, await therapist(`t${index + 1}@example.org`));
    }
    helper = await therapist('helper@example.org');
    linker = await therapist('linker@example.org');
    expect((await saveRecordsOfA()).statusCode).toBe(200);
    await link(t, as('therapist linked to A').cookie, personA().cookie);
    const ended = await link(t, as('therapist whose link A ended').cookie, personA().cookie);
    await endLink(t, personA().cookie, ended);
    await link(t, as('therapist without two-factor').cookie, personA().cookie);
    const off = await t.app.inject({
      method: 'DELETE',
      url: '/api/me/two-factor',
      headers: { cookie: as('therapist without two-factor').cookie },
      payload: { password: goodPassword },
    });
    expect(off.statusCode).toBe(204);
    const noTwoFactor = as('therapist without two-factor');
    people.set('therapist without two-factor', {
      id: noTwoFactor.id,
      email: noTwoFactor.email,
      cookie: noTwoFactor.cookie,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('has a row for every route and method of the OpenAPI document, and no row without one', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const routes = Object.entries(document.paths as Record<string, object>).flatMap(
      ([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const rows = Object.keys(table());
    expect(
      routes.filter((route) => !rows.includes(route)),
      'routes without a row',
    ).toEqual([]);
    expect(
      rows.filter((row) => !routes.includes(row)),
      'rows without a route',
    ).toEqual([]);
  });

  it('gives every persona exactly the expected status on every route: no unexpected 2xx', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const rows = table();
    const surprises: string[] = [];
    let cells = 0;
    for (const [path, operations] of Object.entries(document.paths as Record<string, object>)) {
      for (const method of Object.keys(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        const row = rows[key];
        if (!row) continue; // the test above names it
        // A fresh rate-limit window per route: wrong passwords here are expected refusals.
        t.clock.advance(16 * 60_000);
        for (const [column, persona] of personas.entries()) {
          const context: Context = { persona, params: { clientId: personA().id } };
          await row.before?.(context);
          const who = people.get(persona);
          const url = path.replace(
            /\{(\w+)\}/g,
            (_, name: string) => context.params[name] ?? `missing-${name}`,
          );
          const body = row.body?.(context);
          const response = await t.app.inject({
            method: method.toUpperCase() as 'GET',
            url,
            headers: who ? { cookie: who.cookie } : {},
            ...(body === undefined ? {} : { payload: body as object }),
          });
          cells++;
          const expected = row.expect[column];
          if (response.statusCode !== expected) {
            surprises.push(
              `${key} as ${persona}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
            );
          }
          if (row.endsSession && who) await signInAgain(persona);
        }
      }
    }
    expect(surprises).toEqual([]);
    expect(cells).toBe(Object.keys(rows).length * personas.length);
    // Over 100 routes times 8 personas: longer than one test's usual 30 s on a busy machine.
  }, 120_000);
});
