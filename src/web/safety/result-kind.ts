// Which result screen a triage result gets. Self-care can also stop below the urgent level
// (rule under-16), and a doctor's check can let it go on at the urgent level, so the screen
// follows selfCareAllowed as well as the level.
import type { TriageReason, TriageResponse } from '../../core/contracts/triage.js';

export type ResultKind =
  | 'emergency'
  | 'urgent'
  | 'cleared'
  | 'stopped'
  | 'routine'
  | 'self-care-ok';

/** An urgent result that allows self-care was lifted by a doctor's check (a clearance). */
export function resultKind(result: TriageResponse): ResultKind {
  if (result.level === 'emergency') return 'emergency';
  if (result.level === 'urgent') return result.selfCareAllowed ? 'cleared' : 'urgent';
  if (!result.selfCareAllowed) return 'stopped';
  return result.level;
}

/** The reasons that set the level: these say why; the rest are only things to mention. */
export function leadingReasons(result: TriageResponse): TriageReason[] {
  const leading = result.reasons.filter((reason) => reason.level === result.level);
  const stoppers = leading.filter((reason) => reason.stopsSelfCare);
  return result.selfCareAllowed || stoppers.length === 0 ? leading : stoppers;
}

/** "Tell them ..." lines for the doctor, one per reason, without repeats. */
export function tellLines(result: TriageResponse): string[] {
  return [...new Set(result.reasons.map((reason) => reason.tell))];
}
