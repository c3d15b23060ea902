import { describe, expect, it } from 'vitest';
import { reminderCalendar } from './reminder-calendar.js';
import { firstReminderDate, remindersAround, weekdayOf } from './schedule.js';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const input = {
  uid: 'reminders-0b1c@unknot',
  changedAt: '2024-03-04T08:05:09.123Z', // a Monday
  startOn: '2024-03-05', // a Tuesday
  days: ['FR' as const, 'WE' as const],
  time: '07:30',
  url: 'http://192.168.1.20:3000/',
};

const calendar = () => {
  const result = reminderCalendar(input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

const properties = (text: string) => unfold(text).split('\r\n').filter(Boolean);

describe('the reminder calendar file', () => {
  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = calendar();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('is one VCALENDAR holding one VEVENT with one VALARM, properly nested', () => {
    const lines = properties(calendar());
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(1);
  });

  it('has the properties RFC 5545 requires: VERSION and PRODID, and UID, DTSTAMP, DTSTART', () => {
    const lines = properties(calendar());
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
    expect(lines).toContain('UID:reminders-0b1c@unknot');
    expect(lines).toContain('DTSTAMP:20240304T080509Z');
    // An alarm needs an action, a trigger, and for DISPLAY a description (RFC 5545 3.6.6).
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM'));
    expect(alarm).toContain('ACTION:DISPLAY');
    expect(alarm).toContain('TRIGGER:PT0M');
    expect(alarm.some((l) => l.startsWith('DESCRIPTION:'))).toBe(true);
  });

  it('repeats weekly on the chosen days in week order, from the first chosen day on or after the start', () => {
    const lines = properties(calendar());
    expect(lines).toContain('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=WE,FR');
    // Tuesday 5 March: the first Wednesday or Friday is Wednesday 6 March, at 07:30 local.
    expect(lines).toContain('DTSTART:20240306T073000');
  });

  it('uses floating local time: no TZID and no Z on DTSTART, so no VTIMEZONE is needed', () => {
    const text = calendar();
    expect(text).not.toMatch(/TZID/);
    expect(text).not.toMatch(/BEGIN:VTIMEZONE/);
    expect(properties(text).find((l) => l.startsWith('DTSTART'))).toMatch(/^DTSTART:\d{8}T\d{6}$/);
  });

  it('keeps the same UID and text when asked again with the same settings', () => {
    expect(calendar()).toBe(calendar());
  });

  it('refuses no days, a bad time or a bad date', () => {
    expect(reminderCalendar({ ...input, days: [] })).toMatchObject({ ok: false, code: 'no-days' });
    expect(reminderCalendar({ ...input, time: '7:30' })).toMatchObject({
      ok: false,
      code: 'bad-time',
    });
    expect(reminderCalendar({ ...input, startOn: '2024-02-30' })).toMatchObject({
      ok: false,
      code: 'bad-date',
    });
  });
});

describe('reminder days', () => {
  it('knows the weekday of a day number (1970-01-01 was a Thursday)', () => {
    expect(weekdayOf(0)).toBe('TH');
    expect(weekdayOf(-1)).toBe('WE');
    expect(weekdayOf(19_786)).toBe('MO'); // 2024-03-04
  });

  it('finds the first reminder day on or after a date', () => {
    expect(firstReminderDate('2024-03-04', ['MO'])).toBe('2024-03-04');
    expect(firstReminderDate('2024-03-05', ['MO'])).toBe('2024-03-11');
    expect(firstReminderDate('2024-12-30', ['WE'])).toBe('2025-01-01');
  });

  it('gives the reminders just before and after a local moment', () => {
    const settings = { days: ['MO' as const, 'TH' as const], time: '07:30' };
    expect(remindersAround(settings, '2024-03-04T07:30')).toEqual({
      previous: '2024-03-04T07:30',
      next: '2024-03-07T07:30',
    });
    expect(remindersAround(settings, '2024-03-04T07:29:59')).toEqual({
      previous: '2024-02-29T07:30',
      next: '2024-03-04T07:30',
    });
    expect(remindersAround({ days: ['MO'], time: '07:30' }, '2024-03-04T08:00')).toEqual({
      previous: '2024-03-04T07:30',
      next: '2024-03-11T07:30',
    });
  });
});
