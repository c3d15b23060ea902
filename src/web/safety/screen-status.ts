// Whether the person's last safety screen still lets a plan or a session open: it must exist,
// allow self-care, be at most 7 days old, and not be older than a reported change.
import type { z } from 'zod';
import type { DeviceSafety } from '../device/records.js';

export type SafetyRecordValue = z.output<typeof DeviceSafety>;

export type ScreenStatus = 'missing' | 'stopped' | 'stale' | 'changed' | 'current';

/** Design: the safety screen is asked again when it is more than 7 days old. */
export const screenLifetimeMs = 7 * 24 * 60 * 60 * 1000;

const timeOf = (iso: string | null): number => (iso === null ? Number.NaN : Date.parse(iso));

/**
 * The order matters: a stop stays a stop however old it is, until the person answers again;
 * an old screen is asked again in full, even when a change was reported since.
 * A time that cannot be read, or one in the future (a clock set back), counts as stale.
 */
export function screenStatus(record: SafetyRecordValue | null, now: Date): ScreenStatus {
  if (record === null) return 'missing';
  if (!record.result.selfCareAllowed) return 'stopped';
  const answeredAt = timeOf(record.answeredAt);
  const age = now.getTime() - answeredAt;
  if (Number.isNaN(age) || age < 0 || age > screenLifetimeMs) return 'stale';
  const changedAt = timeOf(record.changeReportedAt);
  if (!Number.isNaN(changedAt) && changedAt >= answeredAt) return 'changed';
  return 'current';
}
