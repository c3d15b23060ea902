import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanResponse } from '../../core/contracts/plan.js';
import type { SessionLogRecord } from '../../core/contracts/records.js';
import { lowBackBody } from '../../core/plan-history/learned-plan.test-support.js';
import { sampleSessionLog } from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import {
  type AccountsTestApp,
  type SignedUp,
  signUp,
  startAccountsTestApp,
} from '../auth/test-accounts.js';

// The same body as the core tests of plans that learn.
const body = lowBackBody;

/** A week of mornings, 1 to 7 March 2024: the hip-hiker point eases pain by about 2 points each
 * time; the buttock point on the floor is too much on days 6 and 7. */
function week(): SessionLogRecord[] {
  return [2, 3, 2, 1, 2, 2, 2].map((drop, i) => {
    const base = sampleSessionLog(i + 1, drop);
    const startedAt = Date.UTC(2024, 2, 1 + i, 8);
    const glute = i >= 5 ? 'too-much' : 'completed';
    return {
      ...base,
      startedAt,
      endedAt: startedAt + 600_000,
      painBefore: 6,
      painAfter: 6 - drop,
      points: [
        {
          ...base.points[0]!,
          triggerPoint: 'glute-overlap-point-left',
          id: 'glute-overlap-point-left',
          technique: 'glute-point-ball-floor',
          endedBy: glute,
        },
        {
          ...base.points[0]!,
          stepIndex: 1,
          triggerPoint: 'ql-middle-inner-point-left',
          id: 'ql-middle-inner-point-left',
          technique: 'ql-ball-floor',
          endedBy: 'completed',
        },
      ],
    };
  });
}

describe.each(testDatabases())('POST /api/plan with useHistory on $kind', (target) => {
  let t: AccountsTestApp;
  let ana: SignedUp;
  beforeAll(async () => {
    t = await startAccountsTestApp(target, new Date('2024-03-08T12:00:00Z'));
    ana = await signUp(t.app, 'ana@example.org');
    const synced = await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: ana.cookie },
      payload: { sessionLogs: week() },
    });
    expect(synced.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  const plan = async (payload: unknown, cookie?: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/plan',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      payload: JSON.stringify(payload),
    });
    return { status: response.statusCode, json: response.json() };
  };
  const points = (answer: PlanResponse) =>
    answer.steps.filter((step) => step.kind === 'trigger-point');

  it("puts the person's helpful point first, makes the too-much point gentler, and says why", async () => {
    const answer = await plan({ ...body, useHistory: true }, ana.cookie);
    expect(answer.status).toBe(200);
    const learned = PlanResponse.parse(answer.json);
    const first = points(learned)[0]!;
    expect(first.id).toBe('ql-middle-inner-point-left');
    expect(first.history).toEqual({
      sessions: 7,
      meanRelief: 2,
      ci95: [expect.closeTo(1.466, 2), expect.closeTo(2.534, 2)],
      tooMuch: 0,
    });
    expect(first.why).toContain('In 7 of your 7 sessions with this point, pain went down');
    const glute = points(learned).find((step) => step.id === 'glute-overlap-point-left')!;
    expect(glute.technique).toBe('glute-point-ball-wall');
    expect(glute.history?.tooMuch).toBe(2);
    expect(glute.why).toContain('a gentler way');
  });

  it('is the map-only plan without the flag, and for a person with no account', async () => {
    const mapOnly = await plan(body, ana.cookie);
    const anonymous = await plan({ ...body, useHistory: true });
    expect(anonymous.json).toEqual(mapOnly.json);
    expect(points(PlanResponse.parse(mapOnly.json))[0]?.id).toBe('glute-overlap-point-left');
    expect(mapOnly.json.steps.some((step: object) => 'history' in step)).toBe(false);
  });

  it('refuses a flag that is not true or false with a 400 naming it', async () => {
    const answer = await plan({ ...body, useHistory: 'yes' }, ana.cookie);
    expect(answer.status).toBe(400);
    expect(answer.json.error.details.issues[0].path).toBe('useHistory');
  });
});
