import { beforeAll, describe, expect, it } from 'vitest';
import {
  sampleCheckIn,
  samplePlan,
  sampleSessionLog,
} from '../../db/repositories/sample-records.js';
import { testDatabases } from '../../db/test-databases.js';
import { appWithPeople } from '../auth/test-fixture.js';

// Four sessions from 2 to 5 March 2024 at 18:00 UTC, pain 6 before and 5, 4, 3, 4 after.
const sessionLogs = [1, 2, 3, 2].map((drop, i) => sampleSessionLog(i + 1, drop));

describe.each(testDatabases())('GET /api/me/progress on $kind', (target) => {
  const t = appWithPeople(
    target,
    { ana: 'ana@example.org' },
    { start: new Date('2024-03-06T12:00:00Z') },
  );
  const { ana } = t.people;
  beforeAll(async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/me/sync',
      headers: { cookie: ana.cookie },
      payload: { sessionLogs, plans: [samplePlan(1)], checkIns: [sampleCheckIn(2)] },
    });
  });

  const progress = (query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/me/progress${query}`,
      headers: { cookie: ana.cookie },
    });

  it('uses the server clock and UTC when nothing else is known, and says so', async () => {
    const answer = (await progress()).json();
    expect(answer.clock).toEqual({
      now: '2024-03-06T12:00:00.000Z',
      utcOffsetMinutes: 0,
      offsetFrom: 'utc',
    });
    expect(answer.progress.today).toBe('2024-03-06');
  });

  it('shows pain before and after each stored session, in time order', async () => {
    const { sessions } = (await progress()).json().progress;
    expect(
      sessions.map((s: { date: string; painBefore: number; painAfter: number; drop: number }) => [
        s.date,
        s.painBefore,
        s.painAfter,
        s.drop,
      ]),
    ).toEqual([
      ['2024-03-02', 6, 5, 1],
      ['2024-03-03', 6, 4, 2],
      ['2024-03-04', 6, 3, 3],
      ['2024-03-05', 6, 4, 2],
    ]);
  });

  it('says what helps from the worked trigger points and techniques, leaving out skipped steps', async () => {
    const { whatHelps } = (await progress()).json().progress;
    expect(whatHelps.triggerPoints).toHaveLength(1);
    expect(whatHelps.triggerPoints[0]).toMatchObject({
      id: 'glute-overlap-point-left',
      status: 'ready',
      sessions: 4,
      meanDrop: 2,
    });
    expect(whatHelps.techniques[0]).toMatchObject({ id: 'ball-against-wall', meanDrop: 2 });
  });

  it('counts sessions per week against the newest plan’s cadence, and reads the check-ins', async () => {
    const answer = (await progress()).json().progress;
    expect(answer.adherence).toMatchObject({ status: 'ready', sessionsPerWeek: 3 });
    expect(answer.checkIns).toHaveLength(1);
  });

  it('places sessions on the local calendar of the offset asked for', async () => {
    const answer = (await progress('?utcOffsetMinutes=360&now=2024-03-06T12:00:00Z')).json();
    expect(answer.clock).toMatchObject({ utcOffsetMinutes: 360, offsetFrom: 'query' });
    // 18:00 UTC is midnight at UTC+6: each session falls on the next local day.
    expect(answer.progress.sessions[0].date).toBe('2024-03-03');
  });

  it('takes the offset of the reminder time zone at that moment when the request names none', async () => {
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/reminders',
      headers: { cookie: ana.cookie },
      payload: { days: ['MO'], time: '07:30', timeZone: 'Europe/Paris' },
    });
    const winter = (await progress()).json();
    expect(winter.clock).toMatchObject({ utcOffsetMinutes: 60, offsetFrom: 'reminders' });
    const summer = (await progress('?now=2024-07-01T12:00:00Z')).json();
    expect(summer.clock).toMatchObject({ utcOffsetMinutes: 120, offsetFrom: 'reminders' });
  });

  it('answers 400 for a clock it cannot read', async () => {
    for (const query of ['?now=yesterday', '?utcOffsetMinutes=900', '?utcOffsetMinutes=1.5']) {
      const response = await progress(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('invalid_query');
    }
  });
});
