// The reminder due right now on this device (see reminder-due.ts), looked at again each
// minute so an open app notices the reminder time passing; and a way to wave it away.
import { useEffect, useState } from 'react';
import { remindersRecord, sessionLogsRecord } from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { dueReminder } from './reminder-due.js';

export function useDueReminder(): string | null {
  const reminders = useDeviceRecord(remindersRecord);
  const logs = useDeviceRecord(sessionLogsRecord);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (reminders === null) return;
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, [reminders]);
  if (reminders === null) return null;
  const lastSessionAt = logs?.reduce<number | null>(
    (latest, log) => (latest === null || log.startedAt > latest ? log.startedAt : latest),
    null,
  );
  return dueReminder({
    settings: reminders.settings,
    dismissedUpTo: reminders.dismissedUpTo,
    lastSessionAt: lastSessionAt ?? null,
    now,
  });
}

/** "Not now": the reminder stays away until the next reminder time. */
export function dismissReminder(due: string): void {
  const reminders = remindersRecord.read();
  if (reminders !== null) remindersRecord.write({ ...reminders, dismissedUpTo: due });
}
