// Saves what a device uploads (POST /api/me/sync) or an export brings back (POST /api/me/import).
import type { SyncAnswer, SyncRequest } from '../../core/contracts/records.js';
import type { RecordStore } from '../../db/repositories/record-store.js';
import { saveReminders } from '../../db/repositories/reminder-settings.js';
import { recordKeys, recordStores } from '../../db/repositories/stores.js';
import { refuseOverQuota } from '../record-quota.js';
import type { UseCaseDeps } from './deps.js';

type AnyRecord = { readonly id: string };

/**
 * Saves every record of a sync upload or an import. Each statement is idempotent, so there is
 * no long transaction holding PGlite's one connection: a failed upload is simply sent again.
 */
export async function saveEverything(
  deps: UseCaseDeps,
  userId: string,
  upload: SyncRequest,
): Promise<SyncAnswer> {
  await refuseOverQuota(deps.db, userId, upload);
  const now = deps.clock();
  const counts = {} as Record<(typeof recordKeys)[number], SyncAnswer['painMaps']>;
  for (const key of recordKeys) {
    const store = recordStores[key] as unknown as RecordStore<AnyRecord>;
    const records = (upload[key] ?? []) as readonly AnyRecord[];
    counts[key] = await store.save(deps.db, userId, records, now);
  }
  if (upload.reminders) await saveReminders(deps.db, userId, upload.reminders, now);
  return { ...counts, reminders: upload.reminders ? 'saved' : 'not-sent' };
}
