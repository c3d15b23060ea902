// Decides what an upload sends: every device record the signed-in account has not received
// in this exact form, under ids that stay the same from one upload to the next. Pure: the
// clock and the id maker come in as arguments.
import {
  type CheckInRecord,
  CheckInRecord as CheckInSchema,
  mostRecordsPerSync,
  PainMapRecord,
  PlanRecord,
  type RecordKey,
  SafetyScreenRecord,
  SessionLogRecord,
  type SyncRequest,
} from '../../core/contracts/records.js';
import type { SessionLog } from '../../core/contracts/session-log.js';
import type { DevicePainMap, DevicePlan, DeviceSafety } from '../device/records.js';
import type { SyncState } from '../device/sync-state.js';
import {
  isRecordId,
  painMapForServer,
  planForServer,
  safetyScreenForServer,
  sessionLogForServer,
} from './device-to-server.js';

/** Everything the device holds that an account keeps. */
export interface DeviceHoldings {
  readonly painMap: DevicePainMap | null;
  readonly safety: DeviceSafety | null;
  readonly plan: DevicePlan | null;
  readonly sessionsPerWeek: number | null;
  readonly sessionLogs: readonly SessionLog[];
  readonly checkIns: readonly CheckInRecord[];
}

/** Edits to the pain map within this many hours are one drawing (one record on the server). */
export const SAME_DRAWING_HOURS = 12;

/**
 * A session still open after this long was left (the tab closed, the phone died): it is sent
 * as it stands rather than kept back forever. An open session younger than this is in progress.
 */
export const LEFT_OPEN_AFTER_MS = 6 * 60 * 60 * 1000;

/** Keeps one request well under the server's 16 MB body limit on a slow phone line. */
export const MOST_CHARACTERS_PER_BATCH = 2_000_000;

export interface UploadBatch {
  readonly request: SyncRequest;
  /** `kind:id` -> fingerprint, to remember once the server has taken this batch. */
  readonly fingerprints: Readonly<Record<string, string>>;
  readonly records: number;
}

export interface PlannedUpload {
  /** The sync state with any ids made for this upload; keep it before sending. */
  readonly state: SyncState;
  readonly batches: readonly UploadBatch[];
  /** Device records the server would refuse (such as an unreadable time): kept, not sent. */
  readonly unsendable: number;
}

/** FNV-1a over the UTF-16 code units: short, fast and stable; collisions only cost a resend. */
export const fingerprintOf = (record: unknown): string => {
  const text = JSON.stringify(record);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}.${hash.toString(36)}`;
};

interface Candidate {
  readonly key: RecordKey;
  readonly record: { readonly id: string };
}

const kindOf: Record<RecordKey, string> = {
  painMaps: 'pain-map',
  safetyScreens: 'safety-screen',
  plans: 'plan',
  sessionLogs: 'session-log',
  checkIns: 'check-in',
};

/** Where a record sits in the upload ledger. */
export const ledgerKey = (key: RecordKey, id: string): string => `${kindOf[key]}:${id}`;

const schemaOf = {
  painMaps: PainMapRecord,
  safetyScreens: SafetyScreenRecord,
  plans: PlanRecord,
  sessionLogs: SessionLogRecord,
  checkIns: CheckInSchema,
} as const;

const hoursBetween = (from: string, to: string): number =>
  Math.abs(Date.parse(to) - Date.parse(from)) / 3_600_000;

/** A session is ready to send once it ended, or once it has clearly been left open. */
export const sessionReadyToSend = (log: SessionLog, nowMs: number): boolean =>
  log.endedAt !== null || nowMs - log.startedAt > LEFT_OPEN_AFTER_MS;

export function planUpload(
  holdings: DeviceHoldings,
  previous: SyncState,
  options: { readonly accountId: string; readonly nowMs: number; readonly newId: () => string },
): PlannedUpload {
  const madeIds: Record<string, string> = { ...previous.madeIds };
  // A record's own id when it is a UUID; otherwise one made once and remembered by `key`.
  const idFor = (ownId: string | null, key: string): string => {
    if (ownId !== null && isRecordId(ownId)) return ownId;
    const made = madeIds[key] ?? options.newId();
    madeIds[key] = made;
    return made;
  };

  let painMapState = previous.painMap;
  const candidates: (Candidate | null)[] = [];
  if (holdings.painMap !== null && Object.keys(holdings.painMap.marks).length > 0) {
    const updatedAt = holdings.painMap.updatedAt;
    const sameDrawing =
      painMapState !== null && hoursBetween(painMapState.since, updatedAt) < SAME_DRAWING_HOURS;
    if (!sameDrawing) painMapState = { id: options.newId(), since: updatedAt };
    const mapped = painMapState ? painMapForServer(holdings.painMap, painMapState.id) : null;
    candidates.push(mapped && { key: 'painMaps', record: mapped });
  }
  if (holdings.safety !== null) {
    const id = idFor(null, `safety:${holdings.safety.answeredAt}`);
    const mapped = safetyScreenForServer(holdings.safety, id);
    candidates.push(mapped && { key: 'safetyScreens', record: mapped });
  }
  if (holdings.plan !== null) {
    const id = idFor(holdings.plan.id, `plan:${holdings.plan.id}`);
    const mapped = planForServer(holdings.plan, id, holdings.sessionsPerWeek);
    candidates.push(mapped && { key: 'plans', record: mapped });
  }
  for (const log of holdings.sessionLogs) {
    if (!sessionReadyToSend(log, options.nowMs)) continue;
    const id = idFor(log.id, `session-log:${log.id}`);
    candidates.push({ key: 'sessionLogs', record: sessionLogForServer(log, id) });
  }
  for (const checkIn of holdings.checkIns) candidates.push({ key: 'checkIns', record: checkIn });

  const sent =
    previous.uploaded?.accountId === options.accountId ? previous.uploaded.fingerprints : {};
  let unsendable = 0;
  const batches: UploadBatch[] = [];
  let open: { request: Record<string, { id: string }[]>; fingerprints: Record<string, string> } = {
    request: {},
    fingerprints: {},
  };
  let openRecords = 0;
  let openCharacters = 0;
  const close = () => {
    if (openRecords === 0) return;
    batches.push({
      request: open.request as SyncRequest,
      fingerprints: open.fingerprints,
      records: openRecords,
    });
    open = { request: {}, fingerprints: {} };
    openRecords = 0;
    openCharacters = 0;
  };
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate === null || !schemaOf[candidate.key].safeParse(candidate.record).success) {
      unsendable += 1;
      continue;
    }
    const { key, record } = candidate;
    const ledger = ledgerKey(key, record.id.toLowerCase());
    // One upload names a record once; the server refuses a list with an id twice.
    if (seen.has(ledger)) continue;
    seen.add(ledger);
    const fingerprint = fingerprintOf(record);
    if (sent[ledger] === fingerprint) continue;
    const size = JSON.stringify(record).length;
    const list = open.request[key] ?? [];
    if (list.length >= mostRecordsPerSync || openCharacters + size > MOST_CHARACTERS_PER_BATCH) {
      close();
    }
    const target = open.request[key] ?? [];
    target.push(record);
    open.request[key] = target;
    open.fingerprints[ledger] = fingerprint;
    openRecords += 1;
    openCharacters += size;
  }
  close();

  return {
    state: { madeIds, painMap: painMapState, uploaded: previous.uploaded },
    batches,
    unsendable,
  };
}

/** The sync state once `accountId` has taken a batch. */
export const withUploaded = (
  state: SyncState,
  accountId: string,
  fingerprints: Readonly<Record<string, string>>,
): SyncState => {
  const before = state.uploaded?.accountId === accountId ? state.uploaded.fingerprints : {};
  return { ...state, uploaded: { accountId, fingerprints: { ...before, ...fingerprints } } };
};

/** Fingerprints for records saved one by one (a check-in sent with PUT). */
export const checkInFingerprint = (checkIn: CheckInRecord): Record<string, string> => ({
  [ledgerKey('checkIns', checkIn.id.toLowerCase())]: fingerprintOf(checkIn),
});
