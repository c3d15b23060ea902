// The reminder calendar file: one VEVENT repeating weekly on the chosen days, at the chosen
// local time. DTSTART is floating local time (RFC 5545 3.3.5, form #1): "07:30 on the phone's
// own clock", which is what a reminder wants, even while travelling. A TZID would oblige us to
// ship a VTIMEZONE with that zone's rules (RFC 5545 3.2.19), which calendar apps know better.
import type { Weekday } from '../contracts/records.js';
import { err, ok, type Result } from '../result.js';
import { calendarText, escapeText, utcDateTime } from './icalendar.js';
import { firstReminderDate, sortedDays } from './schedule.js';

export interface ReminderCalendarInput {
  /** Stable for one person, so importing the file again updates the event, not adds one. */
  readonly uid: string;
  /** When the settings last changed, an ISO instant in UTC (…Z): DTSTAMP and LAST-MODIFIED. */
  readonly changedAt: string;
  /** The local date the reminders start from; the first event is the first chosen day on or after it. */
  readonly startOn: string;
  readonly days: readonly Weekday[];
  /** HH:MM, local. */
  readonly time: string;
  /** Where the app is, shown in the event. */
  readonly url?: string;
}

export type ReminderCalendarError = 'bad-date' | 'bad-time' | 'no-days';

export const REMINDER_SUMMARY = 'Unknot: time for your back session';
export const REMINDER_DESCRIPTION =
  'Your self-care session is planned for now. Open Unknot when you are ready. ' +
  'If your pain is much worse or new signs appear, do the safety check first.';
/** A short session; calendar apps need an end or a length to draw the event. */
export const REMINDER_MINUTES = 15;

/** The calendar file's text, or why it cannot be written. */
export const reminderCalendar = (
  input: ReminderCalendarInput,
): Result<string, ReminderCalendarError> => {
  const stamp = utcDateTime(input.changedAt);
  if (stamp === null)
    return err('bad-date', 'changedAt must be a UTC instant such as 2024-03-04T08:00:00Z.');
  const time = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(input.time);
  if (!time) return err('bad-time', 'time must be HH:MM in 24-hour time.');
  const days = sortedDays(input.days);
  if (days.length === 0) return err('no-days', 'Pick at least one day.');
  const first = firstReminderDate(input.startOn, days);
  if (first === null) return err('bad-date', 'startOn must be a real date, YYYY-MM-DD.');
  const start = `${first.replace(/-/g, '')}T${time[1]}${time[2]}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Unknot//Reminders 1.0//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText('Unknot reminders')}`,
    'BEGIN:VEVENT',
    `UID:${input.uid}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `DTSTART:${start}`,
    `DURATION:PT${REMINDER_MINUTES}M`,
    `RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=${days.join(',')}`,
    `SUMMARY:${escapeText(REMINDER_SUMMARY)}`,
    `DESCRIPTION:${escapeText(REMINDER_DESCRIPTION)}`,
    ...(input.url ? [`URL:${input.url}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(REMINDER_SUMMARY)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return ok(calendarText(lines));
};
