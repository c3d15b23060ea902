// The export document, written once: everything one person keeps on the server, versioned,
// as GET /api/me/export.json gives it and POST /api/me/import takes it back.
import { z } from 'zod';
import {
  CheckInRecord,
  Instant,
  PainMapRecord,
  PlanRecord,
  ReminderSettings,
  recordList,
  SafetyScreenRecord,
  SessionLogRecord,
  SyncAnswer,
} from './records.js';
import { AccessLogEntry } from './therapists.js';

export const EXPORT_FORMAT = 'unknot-export';
/** Raised when the document's shape changes; an import names the versions it reads. */
export const EXPORT_VERSION = 1;

// Three years of daily sessions is about 1100 logs; this leaves room for a lifetime.
export const mostRecordsPerImport = 100_000;

export const ExportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Instant,
  account: z
    .strictObject({ email: z.string().max(254), createdAt: z.string().max(40) })
    .describe('Who exported it; an import goes into the signed-in account whatever this says'),
  painMaps: recordList(PainMapRecord, mostRecordsPerImport),
  safetyScreens: recordList(SafetyScreenRecord, mostRecordsPerImport),
  plans: recordList(PlanRecord, mostRecordsPerImport),
  sessionLogs: recordList(SessionLogRecord, mostRecordsPerImport),
  checkIns: recordList(CheckInRecord, mostRecordsPerImport),
  reminders: ReminderSettings.nullable(),
  accessLog: z
    .array(AccessLogEntry)
    .max(mostRecordsPerImport * 10)
    .optional()
    .describe('Who read or changed your data, oldest first; an import leaves it out'),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

/** What an import did, kind by kind: the same counts as a sync. */
export const ImportAnswer = SyncAnswer;
export type ImportAnswer = z.infer<typeof ImportAnswer>;
