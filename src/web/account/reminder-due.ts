// The in-app reminder: on a visit after a reminder time has passed with no session since,
// the app says so until the person does a session or waves it away. Times are compared as
// local wall-clock moments in the reminder's own time zone (YYYY-MM-DDTHH:MM sorts as text).
import type { ReminderSettings } from '../../core/contracts/records.js';
import { localMomentIn, remindersAround } from '../../core/reminders/index.js';

export { localMomentIn };

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
