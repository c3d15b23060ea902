// A doctor's check after an URGENT result (issue 12): it lets self-care go on with every
// precaution still applied, and says so. It never lifts an emergency or the under-16 rule.
import type { Clearance, ClearanceResult, TriageReason } from '../contracts/triage.js';
import type { Level } from '../spec/index.js';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2026-11-30" as "30 November 2026". */
export function plainDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

/** Whether this clearance lifts the stop: only an urgent result, never an emergency. */
export const clearanceLifts = (level: Level, clearance: Clearance | undefined): boolean =>
  clearance !== undefined && level === 'urgent';

/** What a lifted urgent reason says instead of "stop": the check, then why it mattered. */
export function clearedReason(reason: TriageReason, clearance: Clearance): TriageReason {
  return {
    ...reason,
    stopsSelfCare: false,
    cleared: true,
    message: `A doctor checked you on ${plainDate(clearance.checkedOn)}, so self-care can go on. ${reason.why}`,
  };
}

/** The next step once a doctor's check has lifted an urgent stop. */
export const clearedNextStep = (clearance: Clearance): string =>
  `A doctor checked you on ${plainDate(clearance.checkedOn)}, so you can go on with self-care. Every change listed below still applies. If anything changes or gets worse, stop and see a doctor again.`;

/** The clearance echoed, with what it changed. */
export function clearanceResult(
  level: Level,
  clearance: Clearance,
  stillStopped: boolean,
): ClearanceResult {
  const { checkedOn } = clearance;
  if (level === 'emergency') {
    return {
      checkedOn,
      applied: false,
      message: "A doctor's check does not lift an emergency. Get emergency help now.",
    };
  }
  if (level !== 'urgent') {
    return {
      checkedOn,
      applied: false,
      message: "Nothing you told us needed a doctor's check first, so it changes nothing.",
    };
  }
  if (stillStopped) {
    return {
      checkedOn,
      applied: false,
      message:
        "A doctor's check does not change another answer that stops self-care. Read the steps below.",
    };
  }
  return {
    checkedOn,
    applied: true,
    message: `This result rests on the doctor's check you told us about, on ${plainDate(checkedOn)}.`,
  };
}
