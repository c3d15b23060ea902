// The limits a safety screen sets on what Unknot may ask of a person, read once for the plan,
// the player and the bad-night mode: the screen's precautions plus the plan's own two.
import type { Answers } from '../contracts/triage.js';
import { type LimitId, type PrecautionId, precautionIds } from './precautions.js';

export type { LimitId } from './precautions.js';

/** Age from which the plan treats bones as fragile, without raising the level (API contract). */
export const fragileBonesFromAge = 65;
/** Pain now from which the plan starts gentle (API contract). */
export const gentleFromPain = 8;

const isPrecautionId = (id: string): id is PrecautionId =>
  (precautionIds as readonly string[]).includes(id);

/**
 * Every limit in force for these answers: each precaution triage set, fragile bones from age 65
 * (NICE CKS: older age alone raises the risk of a spinal fracture), and a gentle start from
 * pain now of 8. Pure: the web passes the stored screen, the plan its request.
 */
export function activeLimits(
  answers: Answers,
  precautions: readonly { readonly id: string }[],
): ReadonlySet<LimitId> {
  const limits = new Set<LimitId>(precautions.map((p) => p.id).filter(isPrecautionId));
  const age = answers.age;
  if (typeof age === 'number' && age >= fragileBonesFromAge) limits.add('fragile-bones');
  const pain = answers['pain-now'];
  if (typeof pain === 'number' && pain >= gentleFromPain) limits.add('start-gentle');
  return limits;
}
