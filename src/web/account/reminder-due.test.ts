import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../core/contracts/records.js';
import { dueReminder, localMomentIn } from './reminder-due.js';

// Monday and Thursday at 07:30 in Paris (UTC+1 in March 2024, before the clocks change).
const settings: ReminderSettings = { days: ['MO', 'TH'], time: '07:30', timeZone: 'Europe/Paris' };
const at = (iso: string) => new Date(iso);

describe('the in-app reminder on a visit', () => {
  it('reads wall-clock time in the reminder’s own time zone', () => {
    expect(localMomentIn(at('2024-03-04T06:45:00Z'), 'Europe/Paris')).toBe('2024-03-04T07:45');
    expect(localMomentIn(at('2024-03-04T06:45:00Z'), 'America/New_York')).toBe('2024-03-04T01:45');
    expect(localMomentIn(at('2024-03-04T06:45:00Z'), 'Not/AZone')).toBeNull();
  });

  it('is due once the reminder time on a reminder day has passed with no session since', () => {
    const check = { settings, dismissedUpTo: null, lastSessionAt: null };
    expect(dueReminder({ ...check, now: at('2024-03-04T06:45:00Z') })).toBe('2024-03-04T07:30');
    // Monday 07:00 in Paris: the last reminder was the Thursday before.
    expect(dueReminder({ ...check, now: at('2024-03-04T06:00:00Z') })).toBe('2024-02-29T07:30');
  });

  it('is not due after a session done since the reminder time', () => {
    const lastSessionAt = Date.parse('2024-03-04T06:40:00Z'); // 07:40 in Paris
    expect(
      dueReminder({
        settings,
        dismissedUpTo: null,
        lastSessionAt,
        now: at('2024-03-04T09:00:00Z'),
      }),
    ).toBeNull();
    // A session before the reminder time does not count for that reminder.
    const early = Date.parse('2024-03-04T06:00:00Z');
    expect(
      dueReminder({
        settings,
        dismissedUpTo: null,
        lastSessionAt: early,
        now: at('2024-03-04T09:00:00Z'),
      }),
    ).toBe('2024-03-04T07:30');
  });

  it('stays away once waved away, until the next reminder time', () => {
    const dismissedUpTo = '2024-03-04T07:30';
    expect(
      dueReminder({
        settings,
        dismissedUpTo,
        lastSessionAt: null,
        now: at('2024-03-06T09:00:00Z'),
      }),
    ).toBeNull();
    expect(
      dueReminder({
        settings,
        dismissedUpTo,
        lastSessionAt: null,
        now: at('2024-03-07T07:00:00Z'),
      }),
    ).toBe('2024-03-07T07:30');
  });
});
