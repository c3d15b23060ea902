import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SyncRequest } from '../../core/contracts/records.js';
import type { SessionLog } from '../../core/contracts/session-log.js';
import { emptySyncState, type SyncState } from '../device/sync-state.js';
import {
  type DeviceHoldings,
  LEFT_OPEN_AFTER_MS,
  planUpload,
  withUploaded,
} from './pending-upload.js';
import {
  answeredSafety,
  countingIds,
  devicePlan,
  loggedSession,
  painMap,
} from './sync-fixtures.js';

const now = Date.parse('2024-03-10T12:00:00.000Z');
const hour = 3_600_000;
const logId = (n: number) => `6f1c2a4e-8d3b-4c1a-9e2f-${String(n).padStart(12, '0')}`;

const holdings = (over: Partial<DeviceHoldings> = {}): DeviceHoldings => ({
  painMap: painMap('2024-03-04T07:55:00.000Z'),
  safety: answeredSafety('2024-03-04T07:58:00.000Z'),
  plan: devicePlan('plan-e2e-1'),
  sessionsPerWeek: 3,
  sessionLogs: [loggedSession(logId(1), now - 48 * hour, { before: 6, after: 3 })],
  checkIns: [
    {
      id: '0b7e6a52-1c4f-4f3e-a6d1-2f9b8c7d6e5f',
      at: '2024-03-08',
      averagePain: 5,
      activities: [{ name: 'Walking to work', score: 6 }],
    },
  ],
  ...over,
});

/** Plans an upload, "sends" every batch and returns the state the device keeps after it. */
function uploadAll(
  device: DeviceHoldings,
  state: SyncState,
  accountId: string,
  newId = countingIds(),
) {
  const planned = planUpload(device, state, { accountId, nowMs: now, newId });
  let kept = planned.state;
  for (const batch of planned.batches) kept = withUploaded(kept, accountId, batch.fingerprints);
  return { planned, kept };
}

const sentIds = (batches: readonly { request: SyncRequest }[], key: keyof SyncRequest) =>
  batches
    .flatMap((batch) => (batch.request[key] as { id: string }[] | undefined) ?? [])
    .map((r) => r.id);

describe('uploading what the device holds', () => {
  it('sends the pain map, safety screen, plan, finished sessions and check-ins, each in the shape the server checks', () => {
    const { planned } = uploadAll(holdings(), emptySyncState, 'account-a');
    expect(planned.unsendable).toBe(0);
    expect(planned.batches).toHaveLength(1);
    const request = SyncRequest.parse(planned.batches[0]?.request);
    expect(request.painMaps?.[0]?.regions).toEqual([
      { id: 'buttock-upper-left', intensity: 4 },
      { id: 'low-back-left', intensity: 6 },
    ]);
    expect(request.safetyScreens).toHaveLength(1);
    expect(request.plans?.[0]?.sessionsPerWeek).toBe(3);
    expect(request.sessionLogs?.map((log) => [log.id, log.painBefore, log.painAfter])).toEqual([
      [logId(1), 6, 3],
    ]);
    expect(request.checkIns).toHaveLength(1);
  });

  it('sends nothing the second time to the same account: a second sign-in adds no duplicates', () => {
    const first = uploadAll(holdings(), emptySyncState, 'account-a');
    const second = uploadAll(holdings(), first.kept, 'account-a');
    expect(second.planned.batches).toEqual([]);
  });

  it('gives records without a UUID of their own an id once and keeps it, even for another account', () => {
    const first = uploadAll(holdings(), emptySyncState, 'account-a');
    const again = uploadAll(holdings(), first.kept, 'account-b', countingIds());
    // The second account receives everything, under the very same ids.
    for (const key of ['painMaps', 'safetyScreens', 'plans', 'sessionLogs'] as const) {
      expect(sentIds(again.planned.batches, key)).toEqual(sentIds(first.planned.batches, key));
    }
    // The plan's own id was not a UUID, so one was made; the session's UUID is kept as it is.
    expect(sentIds(first.planned.batches, 'plans')[0]).toMatch(/^00000000-/);
    expect(sentIds(first.planned.batches, 'sessionLogs')).toEqual([logId(1)]);
  });

  it('sends a changed record again under the same id, so the server replaces it', () => {
    const first = uploadAll(holdings(), emptySyncState, 'account-a');
    const safety = {
      ...answeredSafety('2024-03-04T07:58:00.000Z'),
      changeReportedAt: '2024-03-09T10:00:00.000Z',
    };
    const second = uploadAll(holdings({ safety, sessionsPerWeek: 4 }), first.kept, 'account-a');
    expect(sentIds(second.planned.batches, 'safetyScreens')).toEqual(
      sentIds(first.planned.batches, 'safetyScreens'),
    );
    expect(sentIds(second.planned.batches, 'plans')).toEqual(
      sentIds(first.planned.batches, 'plans'),
    );
    expect(sentIds(second.planned.batches, 'sessionLogs')).toEqual([]);
  });

  it('makes a new safety record for a screen answered again, keeping the old one on the server', () => {
    const ids = countingIds();
    const first = uploadAll(holdings(), emptySyncState, 'account-a', ids);
    const second = uploadAll(
      holdings({ safety: answeredSafety('2024-03-09T09:00:00.000Z') }),
      first.kept,
      'account-a',
      ids,
    );
    const [before] = sentIds(first.planned.batches, 'safetyScreens');
    const [after] = sentIds(second.planned.batches, 'safetyScreens');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });

  it('holds back a session still in progress, and sends it once it ends or has been left open for hours', () => {
    const open = loggedSession(logId(2), now - 10 * 60_000, {
      before: 5,
      after: null,
      ended: false,
    });
    const left = loggedSession(logId(3), now - LEFT_OPEN_AFTER_MS - 1, {
      before: 5,
      after: null,
      ended: false,
    });
    const { planned } = uploadAll(holdings({ sessionLogs: [open, left] }), emptySyncState, 'a');
    expect(sentIds(planned.batches, 'sessionLogs')).toEqual([logId(3)]);
    const ended = loggedSession(logId(2), now - 10 * 60_000, { before: 5, after: 2 });
    const later = uploadAll(holdings({ sessionLogs: [ended, left] }), emptySyncState, 'a');
    expect(sentIds(later.planned.batches, 'sessionLogs')).toEqual([logId(2), logId(3)]);
  });

  it('treats edits to the pain map within hours as one drawing, and a map drawn days later as a new one', () => {
    const ids = countingIds();
    const first = uploadAll(holdings(), emptySyncState, 'a', ids);
    const edited = uploadAll(
      holdings({
        painMap: { ...painMap('2024-03-04T09:30:00.000Z'), marks: { 'low-back-left': 7 } },
      }),
      first.kept,
      'a',
      ids,
    );
    expect(sentIds(edited.planned.batches, 'painMaps')).toEqual(
      sentIds(first.planned.batches, 'painMaps'),
    );
    const redrawn = uploadAll(
      holdings({ painMap: painMap('2024-03-09T09:30:00.000Z') }),
      edited.kept,
      'a',
      ids,
    );
    const [newId] = sentIds(redrawn.planned.batches, 'painMaps');
    expect(newId).toBeDefined();
    expect(newId).not.toBe(sentIds(first.planned.batches, 'painMaps')[0]);
  });

  it('keeps back, and counts, a record the server would refuse, and still sends the rest', () => {
    const broken = { ...answeredSafety('not a time'), answeredAt: 'not a time' };
    const { planned } = uploadAll(
      holdings({
        safety: broken,
        painMap: { marks: { 'not-a-region': 5 }, updatedAt: '2024-03-04T07:55:00.000Z' },
      }),
      emptySyncState,
      'a',
    );
    expect(planned.unsendable).toBe(2);
    expect(sentIds(planned.batches, 'sessionLogs')).toEqual([logId(1)]);
  });

  it('splits a long history into batches the server takes: at most 1000 of a kind and a few MB each', () => {
    const template = loggedSession(logId(0), now - 48 * hour, { before: 6, after: 3 });
    const many: SessionLog[] = Array.from({ length: 2100 }, (_, i) => ({
      ...template,
      id: logId(i + 10),
    }));
    const { planned } = uploadAll(holdings({ sessionLogs: many }), emptySyncState, 'a');
    expect(planned.batches.length).toBeGreaterThanOrEqual(3);
    for (const batch of planned.batches) {
      expect(SyncRequest.safeParse(batch.request).success).toBe(true);
      expect(JSON.stringify(batch.request).length).toBeLessThan(4_000_000);
    }
    expect(sentIds(planned.batches, 'sessionLogs')).toHaveLength(2100);
  });

  it('whatever the order and repeats of sessions, every batch is valid and a repeat upload sends nothing', () => {
    const pool = [1, 2, 3, 4, 5].map((n) =>
      loggedSession(logId(n), now - n * 24 * hour, { before: n % 11, after: (n * 3) % 11 }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 12 }), (picks) => {
        const logs = picks.map((i) => pool[i] as SessionLog);
        const device = holdings({ sessionLogs: logs });
        const first = uploadAll(device, emptySyncState, 'a');
        for (const batch of first.planned.batches) {
          expect(SyncRequest.safeParse(batch.request).success).toBe(true);
        }
        expect(new Set(sentIds(first.planned.batches, 'sessionLogs')).size).toBe(
          new Set(picks).size,
        );
        expect(uploadAll(device, first.kept, 'a').planned.batches).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
