// The progress summary to show: from the account when signed in (after sending anything the
// device still holds), else, or when the server is out of reach, computed here from what the
// device holds with the same core statistics.
import { useMemo, useRef, useState } from 'react';
import { endpoints } from '../../core/contracts/endpoints.js';
import { type ProgressSummary, progressSummary } from '../../core/progress/index.js';
import { callApi } from '../api.js';
import { useAccount } from '../auth/account-state.js';
import {
  checkInsRecord,
  planRecord,
  sessionGoalRecord,
  sessionLogsRecord,
} from '../device/records.js';
import { useDeviceRecord } from '../device/store.js';
import { useRequest } from '../requests/use-request.js';
import { uploadDeviceRecords } from '../sync/upload.js';
import { deviceProgressInput, utcOffsetMinutesAt } from './device-progress.js';
import { progressWords } from './progress-words.js';

export type ProgressView =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly summary: ProgressSummary;
      readonly source: 'account' | 'device';
      readonly problem: string | null;
    };

function useDeviceSummary(): ProgressSummary | null {
  const logs = useDeviceRecord(sessionLogsRecord);
  const checkIns = useDeviceRecord(checkInsRecord);
  const plan = useDeviceRecord(planRecord);
  const goal = useDeviceRecord(sessionGoalRecord);
  return useMemo(() => {
    const now = new Date();
    const summary = progressSummary(
      deviceProgressInput({
        logs: logs ?? [],
        checkIns: checkIns ?? [],
        planCreatedAt: plan?.createdAt ?? null,
        sessionsPerWeek: goal?.sessionsPerWeek ?? null,
        now,
        utcOffsetMinutes: utcOffsetMinutesAt(now),
      }),
    );
    return summary.ok ? summary.value : null;
  }, [logs, checkIns, plan, goal]);
}

/** Progress as of now, in this device's local time: the query both progress routes take. */
export function progressQuery(now: Date): { now: string; utcOffsetMinutes: number } {
  return { now: now.toISOString(), utcOffsetMinutes: utcOffsetMinutesAt(now) };
}

/** The view, and a function to load it again (after a check-in or a new goal). */
export function useProgress(): { readonly view: ProgressView; readonly reload: () => void } {
  const account = useAccount();
  const accountId = account?.id ?? null;
  const deviceSummary = useDeviceSummary();
  const [round, setRound] = useState(0);
  const asked = useRequest(
    accountId === null ? null : `${accountId} ${round}`,
    async () => {
      const now = new Date();
      // Send what the device still holds first, so the account's figures include it.
      await uploadDeviceRecords();
      return callApi(endpoints.progress, {
        query: { now: now.toISOString(), utcOffsetMinutes: utcOffsetMinutesAt(now) },
      });
    },
    progressWords.fallback,
  );
  // While a reload is on its way, the figures already shown stay (no "loading" flash).
  const shown = useRef<{ summary: ProgressSummary } | { problem: string } | null>(null);
  if (asked.status === 'ready') shown.current = { summary: asked.value.progress };
  if (asked.status === 'failed') shown.current = { problem: progressWords.fallback };
  const fromAccount = accountId === null ? null : shown.current;

  const reload = () => setRound((n) => n + 1);
  if (accountId === null || (fromAccount !== null && 'problem' in fromAccount)) {
    if (deviceSummary === null) return { view: { status: 'loading' }, reload };
    const problem = fromAccount !== null && 'problem' in fromAccount ? fromAccount.problem : null;
    return {
      view: {
        status: 'ready',
        summary: deviceSummary,
        source: 'device',
        problem: accountId ? problem : null,
      },
      reload,
    };
  }
  if (fromAccount === null) return { view: { status: 'loading' }, reload };
  return {
    view: { status: 'ready', summary: fromAccount.summary, source: 'account', problem: null },
    reload,
  };
}
