// Turns what the device keeps into the server's record shapes (src/core/contracts/records.ts).
// Pure: the ids come in as arguments, so the same device record always maps to the same body.

import { painMapFromMarks } from '../../core/body/pain-map.js';
import {
  type CheckInRecord,
  type PainMapRecord,
  type PlanRecord,
  RecordId,
  type SafetyScreenRecord,
  type SessionLogRecord,
} from '../../core/contracts/records.js';
import type { SessionLog } from '../../core/contracts/session-log.js';
import type { DevicePainMap, DevicePlan, DeviceSafety } from '../device/records.js';

/** True for an id the server accepts as a record id (a UUID). */
export const isRecordId = (id: string): boolean => RecordId.safeParse(id).success;

/**
 * The server wants an instant with seconds and Z or an offset. Device times are written with
 * toISOString(), but an older or hand-edited one is turned into that form when it can be read.
 */
export const asInstant = (text: string): string | null => {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

/** The marked regions as the match request lists them, in a fixed order; null when none. */
export const painMapForServer = (map: DevicePainMap, id: string): PainMapRecord | null => {
  const drawnAt = asInstant(map.updatedAt);
  const regions = painMapFromMarks(map.marks, { order: 'id' });
  if (drawnAt === null || regions.length === 0) return null;
  return { id, drawnAt, regions };
};

export const safetyScreenForServer = (
  safety: DeviceSafety,
  id: string,
): SafetyScreenRecord | null => {
  const answeredAt = asInstant(safety.answeredAt);
  if (answeredAt === null) return null;
  const changeReportedAt =
    safety.changeReportedAt === null ? null : asInstant(safety.changeReportedAt);
  return {
    id,
    answeredAt,
    answers: safety.answers,
    result: safety.result,
    changeReportedAt,
    ...(safety.correction === undefined ? {} : { correction: safety.correction }),
    ...(safety.clearance === undefined ? {} : { clearance: safety.clearance }),
  };
};

const isPlainObject = (value: unknown): value is Record<string, PlanRecord['request'][string]> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The plan as the device keeps it, with the weekly goal progress counts against. */
export const planForServer = (
  plan: DevicePlan,
  id: string,
  sessionsPerWeek: number | null,
): PlanRecord | null => {
  const createdAt = asInstant(plan.createdAt);
  if (createdAt === null) return null;
  return {
    id,
    createdAt,
    request: isPlainObject(plan.request) ? plan.request : {},
    response: plan.response as PlanRecord['response'],
    ...(sessionsPerWeek === null ? {} : { sessionsPerWeek }),
  };
};

/** A session log already has the server's shape; only its id may need replacing. */
export const sessionLogForServer = (log: SessionLog, id: string): SessionLogRecord => ({
  ...log,
  id,
});

/** Check-ins are made on the device in the server's shape, so they go as they are. */
export const checkInForServer = (checkIn: CheckInRecord): CheckInRecord => checkIn;
