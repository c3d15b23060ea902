// What the device remembers about uploading: the ids it made for records that have none of
// their own, and a fingerprint of each record as last sent to which account.
import { z } from 'zod';

export const SyncState = z.object({
  /** Ids made on this device, by what they stand for (`safety:<answeredAt>`, `plan:<id>`...). */
  madeIds: z.record(z.string(), z.string()).default({}),
  /** The pain map's id and when that drawing began: edits within a few hours keep the id. */
  painMap: z.object({ id: z.string(), since: z.string() }).nullable().default(null),
  /** `kind:id` -> fingerprint of the record as the account last received it. */
  uploaded: z
    .object({ accountId: z.string(), fingerprints: z.record(z.string(), z.string()) })
    .nullable()
    .default(null),
});
export type SyncState = z.infer<typeof SyncState>;

export const emptySyncState: SyncState = { madeIds: {}, painMap: null, uploaded: null };
