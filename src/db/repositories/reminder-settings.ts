// Reminder settings: at most one row per person (days, time of day, time zone).
import type { Kysely } from 'kysely';
import type { ReminderSettings, Weekday } from '../../core/contracts/records.js';
import type { Database } from '../schema.js';

export interface StoredReminders {
  readonly settings: ReminderSettings;
  /** When they last changed: the calendar file's DTSTAMP. */
  readonly updatedAt: Date;
}

export async function findReminders(
  db: Kysely<Database>,
  userId: string,
): Promise<StoredReminders | null> {
  const row = await db
    .selectFrom('reminder_settings')
    .select(['days', 'time', 'time_zone', 'updated_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    settings: {
      days: row.days.split(',') as Weekday[],
      time: row.time,
      timeZone: row.time_zone,
    },
    updatedAt: row.updated_at,
  };
}

/** Sets the reminders; `updatedAt` moves only when something changed. */
export async function saveReminders(
  db: Kysely<Database>,
  userId: string,
  settings: ReminderSettings,
  now: Date,
): Promise<void> {
  const row = {
    user_id: userId,
    days: settings.days.join(','),
    time: settings.time,
    time_zone: settings.timeZone,
    updated_at: now,
  };
  await db
    .insertInto('reminder_settings')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({
          days: row.days,
          time: row.time,
          time_zone: row.time_zone,
          updated_at: row.updated_at,
        })
        .where((eb) =>
          eb.or([
            eb('reminder_settings.days', '<>', row.days),
            eb('reminder_settings.time', '<>', row.time),
            eb('reminder_settings.time_zone', '<>', row.time_zone),
          ]),
        ),
    )
    .execute();
}

export async function deleteReminders(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('reminder_settings')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
