// Everything this device keeps about a person's back, for "clear this device too" after the
// account is deleted. Sound settings stay: they say nothing about the person's health.
import {
  checkInsRecord,
  overloadRecord,
  painMapRecord,
  planRecord,
  preferencesRecord,
  psoasCheckRecord,
  remindersRecord,
  safetyRecord,
  sessionGoalRecord,
  sessionLogsRecord,
  syncStateRecord,
} from '../device/records.js';

const healthRecords = [
  painMapRecord,
  safetyRecord,
  planRecord,
  sessionLogsRecord,
  checkInsRecord,
  sessionGoalRecord,
  remindersRecord,
  preferencesRecord,
  psoasCheckRecord,
  overloadRecord,
  syncStateRecord,
] as const;

export function clearDeviceCopy(): void {
  for (const record of healthRecords) record.clear();
}
