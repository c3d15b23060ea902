// The per-account quota: one person may keep at most RECORDS_PER_ACCOUNT records (all kinds
// together), so one account cannot fill the disk or make every progress request slow.

import { countExisting, countRecords, type RecordTable } from '../db/repositories/record-counts.js';
import type { Db } from '../db/schema.js';
import { ApiError } from './errors.js';

export const RECORDS_PER_ACCOUNT = 50_000;

const tableOf = {
  painMaps: 'pain_maps',
  safetyScreens: 'safety_screens',
  plans: 'plans',
  sessionLogs: 'session_logs',
  checkIns: 'check_ins',
} as const satisfies Record<string, RecordTable>;

export type RecordKind = keyof typeof tableOf;

/** Throws quota_exceeded when saving `upload` would take the person over the quota. */
export async function refuseOverQuota(
  db: Db,
  userId: string,
  upload: Partial<Record<RecordKind, readonly { readonly id: string }[]>>,
  limit = RECORDS_PER_ACCOUNT,
): Promise<void> {
  const sent = Object.values(upload).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  if (sent === 0) return;
  const stored = await countRecords(db, userId);
  if (stored + sent <= limit) return;
  // Close to the limit: records sent again replace what is stored and add nothing.
  let adding = 0;
  for (const [kind, list] of Object.entries(upload) as [RecordKind, { id: string }[]][]) {
    if (!list || list.length === 0) continue;
    const ids = list.map((record) => record.id);
    adding += ids.length - (await countExisting(db, userId, tableOf[kind], ids));
  }
  if (stored + adding <= limit) return;
  throw new ApiError(
    'quota_exceeded',
    `An account may keep at most ${limit} records; this would make ${stored + adding}. ` +
      'Delete old records or export and start a new account.',
    { limit, stored, adding },
  );
}
