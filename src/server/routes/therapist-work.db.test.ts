import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  samplePainMap,
  samplePlan,
  sampleSafetyScreen,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import {
  type AccountsTestApp,
  type SignedUp,
  signUp,
  startAccountsTestApp,
} from '../auth/test-accounts.js';
import { endLink, link, setRole, turnOnTwoFactor } from '../auth/test-therapists.js';

const ballStep = {
  kind: 'trigger-point',
  id: 'glute-overlap-point-left',
  triggerPoint: 'glute-overlap-point-left',
  technique: 'glute-point-ball-floor',
  step: 1,
  side: 'left',
  tools: ['tennis-ball'],
  place: 'floor',
  dose: { mode: 'hold', seconds: 10, reps: 3 },
};
const fistStep = {
  ...ballStep,
  technique: 'glute-point-fists',
  tools: ['fists'],
  note: '<b>Lean</b> into the wall',
};

describe.each(testDatabases())("a therapist's findings and assigned plans on $kind", (target) => {
  let t: AccountsTestApp;
  let therapist: SignedUp;
  let other: SignedUp;
  let ana: SignedUp;
  let bo: SignedUp;
  let anaLink: string;

  const call = (
    who: SignedUp,
    method: 'GET' | 'PUT' | 'DELETE' | 'POST',
    url: string,
    payload?: object,
  ) => {
    t.clock.advance(1000);
    return t.app.inject({
      method,
      url,
      headers: { cookie: who.cookie },
      ...(payload ? { payload } : {}),
    });
  };
  const anaUrl = (rest: string) => `/api/therapist/clients/${ana.id}/${rest}`;
  const sync = (who: SignedUp, payload: object) => call(who, 'POST', '/api/me/sync', payload);

  beforeAll(async () => {
    t = await startAccountsTestApp(target, new Date('2024-03-29T12:00:00Z'));
    const admin = await signUp(t.app, 'admin@example.org');
    therapist = await signUp(t.app, 'tess@example.org');
    other = await signUp(t.app, 'otto@example.org');
    ana = await signUp(t.app, 'ana@example.org');
    bo = await signUp(t.app, 'bo@example.org');
    for (const who of [therapist, other]) {
      await setRole(t, admin.cookie, who.id, 'therapist');
      await turnOnTwoFactor(t, who.cookie);
    }
    const synced = await sync(ana, {
      painMaps: [samplePainMap(1)],
      safetyScreens: [sampleSafetyScreen(1)],
      plans: [samplePlan(1)],
      sessionLogs: [sampleSessionLog(1), sampleSessionLog(2)],
    });
    expect(synced.statusCode, synced.body).toBe(200);
    anaLink = await link(t, therapist.cookie, ana.cookie);
    await link(t, other.cookie, ana.cookie);
    await link(t, therapist.cookie, bo.cookie);
  });
  afterAll(async () => {
    await t.close();
  });

  const findingsOfAna = async () => (await call(ana, 'GET', '/api/me/findings')).json().items;
  const plansOfAna = async () =>
    (await call(therapist, 'GET', anaUrl('plans'))).json().items as { id: string }[];

  it('saves a finding, shows it to both, keeps the note as text and logs the change', async () => {
    const id = randomUUID();
    const saved = await call(therapist, 'PUT', anaUrl(`findings/${id}`), {
      triggerPoint: 'ql-crest-outer-point',
      side: 'left',
      tenderness: 3,
      reproducesPain: true,
      note: '<script>alert(1)</script> sore',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      id,
      clientId: ana.id,
      therapist: { id: therapist.id, displayName: 'tess' },
      triggerPoint: 'ql-crest-outer-point-left',
      tenderness: 3,
      reproducesPain: true,
      note: '<script>alert(1)</script> sore',
    });
    expect((await call(therapist, 'GET', anaUrl('findings'))).json().items).toEqual([saved.json()]);
    expect(await findingsOfAna()).toEqual([saved.json()]);
    const log = (await call(ana, 'GET', '/api/me/access-log?limit=5')).json().items;
    expect(
      log.slice(0, 2).map((e: { action: string; resource: string }) => [e.action, e.resource]),
    ).toEqual([
      ['read', 'findings'],
      ['change', 'findings'],
    ]);
  });

  it('ranks a point the therapist found tender first in the client’s signed-in plan', async () => {
    const body = {
      regions: [
        { id: 'low-back-left', intensity: 6 },
        { id: 'thigh-back-upper-left', intensity: 5 },
      ],
      answers: { age: 40 },
      preferences: { tools: ['tennis-ball'], places: ['floor'], bodySize: 'medium' },
    };
    const signedIn = (await call(ana, 'POST', '/api/plan', body)).json();
    const first = signedIn.steps.find((s: { kind: string }) => s.kind === 'trigger-point');
    expect(first.triggerPoint).toBe('ql-crest-outer-point-left');
    expect(first.why).toMatch(/^Your therapist found this point tender\./);
    const anonymous = (
      await t.app.inject({ method: 'POST', url: '/api/plan', payload: body })
    ).json();
    expect(
      anonymous.steps.find((s: { kind: string }) => s.kind === 'trigger-point').triggerPoint,
    ).toBe('glute-overlap-point-left');
  });

  it('refuses a bad finding, naming the field, and saves nothing', async () => {
    const before = await findingsOfAna();
    const good = { triggerPoint: 'glute-overlap-point-left', side: 'left', tenderness: 1 };
    for (const [body, path] of [
      [{ ...good, triggerPoint: 'made-up-point' }, 'triggerPoint'],
      [{ ...good, side: 'right' }, 'side'],
      [{ ...good, tenderness: 4 }, 'tenderness'],
      [{ ...good, note: 'x'.repeat(2001) }, 'note'],
    ] as const) {
      const response = await call(therapist, 'PUT', anaUrl(`findings/${randomUUID()}`), body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
        path,
      ]);
    }
    const taken = (await findingsOfAna())[0].id;
    const clash = await call(other, 'PUT', anaUrl(`findings/${taken}`), good);
    expect(clash.statusCode).toBe(409);
    const stranger = await call(
      therapist,
      'PUT',
      `/api/therapist/clients/${bo.id}/findings/${taken}`,
      good,
    );
    expect(stranger.statusCode).toBe(409);
    expect(await findingsOfAna()).toEqual(before);
  });

  it('deletes only its own finding', async () => {
    const id = randomUUID();
    await call(therapist, 'PUT', anaUrl(`findings/${id}`), {
      triggerPoint: 'piriformis-point-right',
      side: 'right',
      tenderness: 1,
    });
    expect((await call(other, 'DELETE', anaUrl(`findings/${id}`))).statusCode).toBe(404);
    expect((await call(therapist, 'DELETE', anaUrl(`findings/${id}`))).statusCode).toBe(204);
    expect((await call(therapist, 'DELETE', anaUrl(`findings/${id}`))).statusCode).toBe(404);
    expect((await findingsOfAna()).map((f: { id: string }) => f.id)).not.toContain(id);
  });

  it('assigns a checked plan the client reads, with notes as text', async () => {
    const id = randomUUID();
    const saved = await call(therapist, 'PUT', anaUrl(`plans/${id}`), {
      steps: [fistStep],
      sessionsPerWeek: 4,
      note: 'Twice a day if it helps & <i>no</i> more',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      id,
      therapist: { id: therapist.id },
      sessionsPerWeek: 4,
      note: 'Twice a day if it helps & <i>no</i> more',
      endedAt: null,
      onHold: null,
      steps: [{ title: 'Fists on the buttock point', note: '<b>Lean</b> into the wall' }],
    });
    const mine = (await call(ana, 'GET', '/api/me/assigned-plans')).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        id,
        therapist: { id: therapist.id, displayName: 'tess' },
        onHold: null,
      }),
    ]);
    expect(mine[0].steps).toEqual(saved.json().steps);
  });

  it('refuses every bad plan with a 400 naming the field, and saves nothing', async () => {
    const before = await plansOfAna();
    const good = { steps: [fistStep], sessionsPerWeek: 3 };
    for (const [body, path] of [
      [{ ...good, steps: [{ ...fistStep, technique: 'made-up' }] }, 'steps[0].technique'],
      [
        { ...good, steps: [{ ...fistStep, triggerPoint: 'made-up-left' }] },
        'steps[0].triggerPoint',
      ],
      [{ ...good, steps: [{ ...fistStep, tools: ['bolster'] }] }, 'steps[0].tools'],
      [{ ...good, steps: [{ ...fistStep, tools: ['no-such-tool'] }] }, 'steps[0].tools[0]'],
      [
        { ...good, steps: [{ ...fistStep, dose: { ...fistStep.dose, seconds: 91 } }] },
        'steps[0].dose.seconds',
      ],
      [
        { ...good, steps: [{ ...fistStep, dose: { ...fistStep.dose, reps: 7 } }] },
        'steps[0].dose.reps',
      ],
      [{ ...good, steps: Array(41).fill(fistStep) }, 'steps'],
      [{ ...good, note: 'x'.repeat(2001) }, 'note'],
      [{ ...good, steps: [{ ...fistStep, note: 'x'.repeat(2001) }] }, 'steps[0].note'],
      [{ ...good, sessionsPerWeek: 15 }, 'sessionsPerWeek'],
    ] as const) {
      const response = await call(therapist, 'PUT', anaUrl(`plans/${randomUUID()}`), body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
        path,
      ]);
    }
    expect(await plansOfAna()).toEqual(before);
  });

  it('refuses a step that breaks the client’s current precaution, naming the step and the rule', async () => {
    // Ana's newest screen now says blood thinners: no body weight on a ball.
    const screen = { ...sampleSafetyScreen(2), answeredAt: '2024-03-28T07:30:00Z' };
    expect((await sync(ana, { safetyScreens: [screen] })).statusCode).toBe(200);
    const before = await plansOfAna();
    const response = await call(therapist, 'PUT', anaUrl(`plans/${randomUUID()}`), {
      steps: [fistStep, ballStep],
      sessionsPerWeek: 3,
    });
    expect(response.statusCode).toBe(400);
    const [issue] = response.json().error.details.issues;
    expect(issue).toMatchObject({ path: 'steps[1]', code: 'breaks_precaution' });
    expect(issue.message).toContain('the rule "gentle-pressure"');
    expect(await plansOfAna()).toEqual(before);
  });

  it('puts the plan on hold when the latest screen stops self-care, and the list shows it', async () => {
    const stopped = sampleSafetyScreen(27);
    expect(
      (
        await sync(ana, {
          safetyScreens: [
            {
              ...stopped,
              answeredAt: '2024-03-29T07:30:00Z',
              result: { ...stopped.result, level: 'urgent', selfCareAllowed: false },
            },
          ],
        })
      ).statusCode,
    ).toBe(200);
    const [plan] = (await call(ana, 'GET', '/api/me/assigned-plans')).json().items;
    expect(plan.onHold).toMatchObject({ reason: 'safety-stop', since: '2024-03-29T07:30:00Z' });
    const clients = (await call(therapist, 'GET', '/api/therapist/clients')).json().items;
    const anaRow = clients.find((c: { clientId: string }) => c.clientId === ana.id);
    expect(anaRow.needsAttention.map((a: { code: string }) => a.code).slice(0, 2)).toEqual([
      'safety-stop',
      'plan-on-hold',
    ]);
    // Ana needs attention most: she comes first.
    expect(clients[0].clientId).toBe(ana.id);
  });

  it('answers a follow-up, a suggestion, and ends a plan', async () => {
    const followUp = await call(therapist, 'GET', anaUrl('follow-up'));
    expect(followUp.statusCode, followUp.body).toBe(200);
    expect(followUp.json()).toMatchObject({
      client: { clientId: ana.id },
      plan: { source: 'assigned', sessionsPerWeek: 4 },
    });
    expect(followUp.json().safetyHistory[0].selfCareAllowed).toBe(false);
    const suggestion = (await call(therapist, 'GET', anaUrl('plan-suggestion'))).json();
    expect(suggestion.missing).toEqual([]);
    expect(suggestion.basedOn.findings).toBe(1);
    const [plan] = await plansOfAna();
    expect((await call(therapist, 'DELETE', anaUrl(`plans/${plan!.id}`))).statusCode).toBe(204);
    expect((await call(ana, 'GET', '/api/me/assigned-plans')).json().items).toEqual([]);
    expect((await plansOfAna())[0]).toMatchObject({ id: plan!.id, endedAt: expect.any(String) });
  });

  it('answers 404 for a client no longer linked, and saves nothing', async () => {
    await endLink(t, ana.cookie, anaLink);
    const finding = await call(therapist, 'PUT', anaUrl(`findings/${randomUUID()}`), {
      triggerPoint: 'glute-overlap-point-left',
      side: 'left',
      tenderness: 1,
    });
    expect(finding.statusCode).toBe(404);
    const plan = await call(therapist, 'PUT', anaUrl(`plans/${randomUUID()}`), {
      steps: [fistStep],
      sessionsPerWeek: 3,
    });
    expect(plan.statusCode).toBe(404);
    for (const rest of ['findings', 'plans', 'plan-suggestion', 'follow-up']) {
      expect((await call(therapist, 'GET', anaUrl(rest))).statusCode).toBe(404);
    }
    expect((await findingsOfAna()).length).toBe(1);
  });

  it('puts each assigned plan in the FHIR export as a CarePlan, and findings as Observations', async () => {
    const bundle = JSON.parse((await call(ana, 'GET', '/api/me/export.fhir.json')).body);
    const resources = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource);
    const carePlans = resources.filter(
      (r: { resourceType: string }) => r.resourceType === 'CarePlan',
    );
    expect(carePlans).toHaveLength(1);
    expect(carePlans[0]).toMatchObject({
      status: 'completed',
      intent: 'plan',
      description: 'Twice a day if it helps & <i>no</i> more',
      author: { display: 'tess' },
      activity: [
        {
          detail: {
            code: { text: 'Fists on the buttock point' },
            description:
              'Fists on the buttock point (left side): 3 × 10 s hold with fists, on the floor. <b>Lean</b> into the wall',
            scheduledString: '4 times a week',
          },
        },
      ],
    });
    const fullUrls = new Set(bundle.entry.map((e: { fullUrl: string }) => e.fullUrl));
    expect(fullUrls.has(carePlans[0].author.reference)).toBe(true);
    const found = resources.filter(
      (r: { resourceType: string; bodySite?: unknown }) =>
        r.resourceType === 'Observation' && r.bodySite,
    );
    expect(found).toEqual([
      expect.objectContaining({
        valueInteger: 3,
        bodySite: expect.objectContaining({
          text: 'Hip hiker (QL), outer point at the hip bone (left)',
        }),
        component: [expect.objectContaining({ valueBoolean: true })],
        note: [{ text: '<script>alert(1)</script> sore' }],
      }),
    ]);
  });
});
