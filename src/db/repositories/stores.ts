// One store per kind of personal record, keyed as the sync and export documents name them.
import type {
  CheckInRecord,
  PainMapRecord,
  PlanRecord,
  RecordKey,
  SafetyScreenRecord,
  SessionLogRecord,
} from '../../core/contracts/records.js';
import { documentStore } from './documents.js';
import type { RecordStore } from './record-store.js';
import { sessionLogStore } from './session-logs.js';

// Lists page on the record's own time. Every time was checked as ISO 8601 on the way in;
// a date without a time counts from midnight UTC, which is enough to order by.
const msOf = (text: string): number => {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : 0;
};

export interface RecordStores {
  readonly painMaps: RecordStore<PainMapRecord>;
  readonly safetyScreens: RecordStore<SafetyScreenRecord>;
  readonly plans: RecordStore<PlanRecord>;
  readonly sessionLogs: RecordStore<SessionLogRecord>;
  readonly checkIns: RecordStore<CheckInRecord>;
}

export const recordStores = {
  painMaps: documentStore<PainMapRecord>('pain_maps', (map) => msOf(map.drawnAt)),
  safetyScreens: documentStore<SafetyScreenRecord>('safety_screens', (screen) =>
    msOf(screen.answeredAt),
  ),
  plans: documentStore<PlanRecord>('plans', (plan) => msOf(plan.createdAt)),
  sessionLogs: sessionLogStore,
  checkIns: documentStore<CheckInRecord>('check_ins', (checkIn) => msOf(checkIn.at)),
} as const satisfies RecordStores & Record<RecordKey, unknown>;

/** The record keys in the order exports list them. */
export const recordKeys = [
  'painMaps',
  'safetyScreens',
  'plans',
  'sessionLogs',
  'checkIns',
] as const satisfies readonly RecordKey[];
