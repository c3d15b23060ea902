// Ways back into the safety screen from other screens: a reported change reopens the
// red-flag questions, and a mark on the saddle area opens the nerve questions at once.
import { safetyRecord } from '../device/records.js';
import { nerveQuestionsPath, safetyScreenPath } from '../paths.js';
import { navigate } from '../router.js';
import type { SafetyRecordValue } from './screen-status.js';

export { nerveQuestionsPath, safetyResultPath, safetyScreenPath } from '../paths.js';

/** The record with a change reported now: the gate then asks for the red-flag questions. */
export function withChangeReported(record: SafetyRecordValue, now: Date): SafetyRecordValue {
  return { ...record, changeReportedAt: now.toISOString() };
}

/** Notes on the device that something changed since the last screen (if there was one). */
export function reportSomethingChanged(now: Date = new Date()): void {
  const record = safetyRecord.read();
  if (record !== null) safetyRecord.write(withChangeReported(record, now));
}

/** "Something changed": note it, then ask the red-flag questions again. */
export function recheckRedFlags(now: Date = new Date()): void {
  reportSomethingChanged(now);
  navigate(safetyScreenPath);
}

/**
 * For the body map: marking the saddle area counts as a change and opens the nerve questions
 * straight away, even when a screen was answered a moment ago.
 */
export function openNerveQuestions(now: Date = new Date()): void {
  reportSomethingChanged(now);
  navigate(nerveQuestionsPath);
}
