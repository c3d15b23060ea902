// Sends what the device holds to the signed-in account: one upload at a time, ids kept on the
// device before sending (so a retry names the same records), and nothing on the device is
// ever removed. A failed upload stays pending and is tried again later.
import { useSyncExternalStore } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import type { CheckInRecord, RecordKey, SaveCounts } from '../../core/contracts/records.js';
import { ApiFailure, callApi } from '../api.js';
import { newSessionId } from '../device/random-id.js';
import {
  accountRecord,
  checkInsRecord,
  painMapRecord,
  planRecord,
  safetyRecord,
  sessionGoalRecord,
  sessionLogsRecord,
  syncStateRecord,
} from '../device/records.js';
import { emptySyncState } from '../device/sync-state.js';
import {
  checkInFingerprint,
  type DeviceHoldings,
  planUpload,
  withUploaded,
} from './pending-upload.js';

export type UploadOutcome =
  | { readonly status: 'signed-out' }
  | {
      readonly status: 'sent';
      readonly counts: Readonly<Record<RecordKey, SaveCounts>>;
      readonly unsendable: number;
    }
  | { readonly status: 'failed'; readonly message: string; readonly waiting: number };

export function deviceHoldings(): DeviceHoldings {
  return {
    painMap: painMapRecord.read(),
    safety: safetyRecord.read(),
    plan: planRecord.read(),
    sessionsPerWeek: sessionGoalRecord.read()?.sessionsPerWeek ?? null,
    sessionLogs: sessionLogsRecord.read() ?? [],
    checkIns: checkInsRecord.read() ?? [],
  };
}

const zero = (): SaveCounts => ({ created: 0, updated: 0, unchanged: 0 });
const noCounts = (): Record<RecordKey, SaveCounts> => ({
  painMaps: zero(),
  safetyScreens: zero(),
  plans: zero(),
  sessionLogs: zero(),
  checkIns: zero(),
});

let lastOutcome: UploadOutcome | null = null;
const listeners = new Set<() => void>();
const settle = (outcome: UploadOutcome): UploadOutcome => {
  lastOutcome = outcome;
  for (const listener of listeners) listener();
  return outcome;
};

/** The last upload's outcome in this visit, or null before the first one. */
export function useUploadOutcome(): UploadOutcome | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastOutcome,
    () => null,
  );
}

async function upload(): Promise<UploadOutcome> {
  const account = accountRecord.read();
  if (account === null) return settle({ status: 'signed-out' });
  const planned = planUpload(deviceHoldings(), syncStateRecord.read() ?? emptySyncState, {
    accountId: account.id,
    nowMs: Date.now(),
    newId: newSessionId,
  });
  // Keep the ids first: if the upload fails halfway, the retry sends the same records.
  syncStateRecord.write(planned.state);
  const counts = noCounts();
  let sent = 0;
  for (const batch of planned.batches) {
    try {
      const answer = await callApi(endpoints.sync, { body: batch.request });
      for (const key of Object.keys(counts) as RecordKey[]) {
        counts[key].created += answer[key].created;
        counts[key].updated += answer[key].updated;
        counts[key].unchanged += answer[key].unchanged;
      }
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) {
        return settle({ status: 'signed-out' });
      }
      const waiting = planned.batches.slice(sent).reduce((sum, b) => sum + b.records, 0);
      const message =
        error instanceof ApiFailure ? error.message : 'The upload stopped. It will try again.';
      return settle({ status: 'failed', message, waiting });
    }
    syncStateRecord.write(
      withUploaded(syncStateRecord.read() ?? planned.state, account.id, batch.fingerprints),
    );
    sent += 1;
  }
  return settle({ status: 'sent', counts, unsendable: planned.unsendable });
}

let running: Promise<UploadOutcome> | null = null;
let queued: Promise<UploadOutcome> | null = null;

/**
 * Uploads what the account has not received yet. Calls made while one runs share a single
 * follow-up run, so records saved meanwhile go too and nothing is sent twice at once.
 */
export function uploadDeviceRecords(): Promise<UploadOutcome> {
  if (queued !== null) return queued;
  const start = (): Promise<UploadOutcome> => {
    running = upload().finally(() => {
      running = null;
    });
    return running;
  };
  if (running === null) return start();
  // The caller hears about both runs: the one under way may already carry its records.
  queued = running.then((first) => {
    queued = null;
    return start().then((second) => joinedOutcome(first, second));
  });
  return queued;
}

/** Two runs in a row as one: their counts added, or how the later one ended. */
export function joinedOutcome(first: UploadOutcome, second: UploadOutcome): UploadOutcome {
  if (first.status !== 'sent' || second.status !== 'sent') return second;
  const counts = noCounts();
  for (const key of Object.keys(counts) as RecordKey[]) {
    for (const part of ['created', 'updated', 'unchanged'] as const) {
      counts[key][part] = first.counts[key][part] + second.counts[key][part];
    }
  }
  return { status: 'sent', counts, unsendable: second.unsendable };
}

/** Notes that the account took a check-in sent on its own (PUT), so no upload repeats it. */
export function rememberCheckInSent(accountId: string, checkIn: CheckInRecord): void {
  const state = syncStateRecord.read() ?? emptySyncState;
  syncStateRecord.write(withUploaded(state, accountId, checkInFingerprint(checkIn)));
}

/** Forgets what any account received, for when the account itself is deleted. */
export function forgetUploads(): void {
  const state = syncStateRecord.read();
  if (state !== null) syncStateRecord.write({ ...state, uploaded: null });
}
