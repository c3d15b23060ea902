// The in-app reminder: on a visit after a reminder time has passed with no session since,
// the app says so until the person does a session or waves it away. Times are compared as
// local wall-clock moments in the reminder's own time zone (YYYY-MM-DDTHH:MM sorts as text).
import type { ReminderSettings } from '../../core/contracts/records.js';
import { remindersAround } from '../../core/reminders/index.js';

/** The local wall-clock moment (YYYY-MM-DDTHH:MM) of an instant in a time zone, or null. */
export function localMomentIn(at: Date, timeZone: string): string | null {
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  } catch {
    return null;
  }
}

export interface ReminderCheck {
  readonly settings: ReminderSettings;
  readonly dismissedUpTo: string | null;
  /** When the latest session on this device started (ms), or null. */
  readonly lastSessionAt: number | null;
  readonly now: Date;
}

/** The reminder (local YYYY-MM-DDTHH:MM) that is due now, or null when none is. */
export function dueReminder(check: ReminderCheck): string | null {
  const { settings } = check;
  const localNow = localMomentIn(check.now, settings.timeZone);
  if (localNow === null) return null;
  const { previous } = remindersAround(settings, localNow);
  if (previous === null) return null;
  if (check.dismissedUpTo !== null && check.dismissedUpTo >= previous) return null;
  if (check.lastSessionAt !== null) {
    const lastSession = localMomentIn(new Date(check.lastSessionAt), settings.timeZone);
    if (lastSession !== null && lastSession >= previous) return null;
  }
  return previous;
}

/** The browser's time zone, for new reminder settings; UTC when the browser does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
