import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../db/test-databases.js';
import { appWithPeople } from '../auth/test-fixture.js';

describe.each(testDatabases())('reminders on $kind', (target) => {
  // Tuesday 5 March 2024, 23:30 UTC: already Wednesday in Paris.
  const t = appWithPeople(
    target,
    { ana: 'ana@example.org' },
    { start: new Date('2024-03-05T23:30:00Z') },
  );
  const { ana } = t.people;

  const call = (method: 'GET' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: ana.cookie }, ...(payload ? { payload } : {}) });

  it('has none at first, and no calendar file yet', async () => {
    expect((await call('GET', '/api/me/reminders')).json()).toEqual({ reminders: null });
    const file = await call('GET', '/api/me/reminders.ics');
    expect(file.statusCode).toBe(404);
    expect(file.json().error.code).toBe('not_found');
  });

  it('keeps the days, time and time zone a person sets', async () => {
    const settings = { days: ['MO', 'WE', 'FR'], time: '07:30', timeZone: 'Europe/Paris' };
    const saved = await call('PUT', '/api/me/reminders', settings);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ reminders: settings });
    expect((await call('GET', '/api/me/reminders')).json()).toEqual({ reminders: settings });
  });

  it('refuses an unknown time zone, a bad time, repeated or no days', async () => {
    for (const settings of [
      { days: ['MO'], time: '07:30', timeZone: 'Mars/Olympus' },
      { days: ['MO'], time: '7:30', timeZone: 'UTC' },
      { days: ['MO'], time: '24:00', timeZone: 'UTC' },
      { days: ['MO', 'MO'], time: '07:30', timeZone: 'UTC' },
      { days: [], time: '07:30', timeZone: 'UTC' },
      { days: ['Monday'], time: '07:30', timeZone: 'UTC' },
    ]) {
      const response = await call('PUT', '/api/me/reminders', settings);
      expect(response.statusCode, JSON.stringify(settings)).toBe(400);
      expect(response.json().error.code).toBe('invalid_body');
    }
  });

  it('offers a calendar file starting on the first chosen day in the person’s own time zone', async () => {
    const file = await call('GET', '/api/me/reminders.ics');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="unknot-reminders.ics"');
    const lines = file.body.split('\r\n');
    expect(lines).toContain(`UID:reminders-${ana.id}@unknot`);
    expect(lines).toContain('DTSTAMP:20240305T233000Z');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=MO,WE,FR');
    // Set late on Tuesday UTC, which is Wednesday 6 March in Paris: the first reminder day.
    expect(lines).toContain('DTSTART:20240306T073000');
    expect(lines).toContain('URL:http://localhost:80/');
  });

  it('keeps the same event (UID and stamp) until the settings change', async () => {
    const first = (await call('GET', '/api/me/reminders.ics')).body;
    t.clock.advance(60 * 60 * 1000);
    await call('PUT', '/api/me/reminders', {
      days: ['MO', 'WE', 'FR'],
      time: '07:30',
      timeZone: 'Europe/Paris',
    });
    expect((await call('GET', '/api/me/reminders.ics')).body).toBe(first);
    await call('PUT', '/api/me/reminders', {
      days: ['SU'],
      time: '20:00',
      timeZone: 'Europe/Paris',
    });
    const changed = (await call('GET', '/api/me/reminders.ics')).body.split('\r\n');
    expect(changed).toContain(`UID:reminders-${ana.id}@unknot`);
    expect(changed).toContain('DTSTAMP:20240306T003000Z');
  });

  it('turns reminders off', async () => {
    expect((await call('DELETE', '/api/me/reminders')).statusCode).toBe(204);
    expect((await call('GET', '/api/me/reminders')).json()).toEqual({ reminders: null });
  });
});
