// Reminder settings between the server and the device: loading them keeps the device's copy
// (for the in-app reminder) in step with the account; saving or turning them off does both.
import { endpoints } from '../../core/contracts/endpoints.js';
import type { ReminderSettings, Weekday } from '../../core/contracts/records.js';
import { callApi } from '../api.js';
import { remindersRecord } from '../device/records.js';

export const dayNames: Readonly<Record<Weekday, string>> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const keepCopy = (settings: ReminderSettings | null) => {
  if (settings === null) {
    remindersRecord.clear();
    return;
  }
  const dismissedUpTo = remindersRecord.read()?.dismissedUpTo ?? null;
  remindersRecord.write({ settings, dismissedUpTo });
};

export async function loadReminders(): Promise<ReminderSettings | null> {
  const { reminders } = await callApi(endpoints.reminders);
  keepCopy(reminders);
  return reminders;
}

export async function saveReminders(settings: ReminderSettings): Promise<ReminderSettings> {
  const { reminders } = await callApi(endpoints.setReminders, { body: settings });
  const kept = reminders ?? settings;
  keepCopy(kept);
  return kept;
}

export async function turnRemindersOff(): Promise<void> {
  await callApi(endpoints.deleteReminders);
  keepCopy(null);
}
