// Steps a person reported as harmful stay out of the plan until they bring them back: a hard
// rule like a precaution, on both sides of a point, whatever technique would press it.
import type { DroppedItem, PlanStep } from '../contracts/plan.js';
import type { PlanContent } from './content.js';

export const reportedHarmReason =
  'You reported that this step hurt you. It stays out of your plan until you bring it back.';

/** The pair of each named point (so both sides go), plus every id as it was named. */
function leftOutKeys(leaveOut: readonly string[], content: PlanContent): Set<string> {
  const keys = new Set(leaveOut);
  for (const id of leaveOut) {
    const point = content.triggerPoints.find((candidate) => candidate.id === id);
    if (point) keys.add(point.pair);
  }
  return keys;
}

/** True when the step works a left-out point (either side) or is a left-out step itself. */
function isLeftOut(step: PlanStep, keys: ReadonlySet<string>, content: PlanContent): boolean {
  if (keys.has(step.id)) return true;
  const ids =
    step.triggerPoint === null ? step.triggerPoints : [step.triggerPoint, ...step.triggerPoints];
  return ids.some((id) => {
    if (keys.has(id)) return true;
    const pair = content.triggerPoints.find((point) => point.id === id)?.pair;
    return pair !== undefined && keys.has(pair);
  });
}

/** Splits planned items into those kept and those a harm report leaves out. */
export function withoutReportedHarm<T extends { readonly step: PlanStep }>(
  planned: readonly T[],
  leaveOut: readonly string[] | undefined,
  content: PlanContent,
): { kept: T[]; dropped: DroppedItem[] } {
  if (!leaveOut || leaveOut.length === 0) return { kept: [...planned], dropped: [] };
  const keys = leftOutKeys(leaveOut, content);
  const kept: T[] = [];
  const dropped: DroppedItem[] = [];
  for (const item of planned) {
    const { step } = item;
    if (!isLeftOut(step, keys, content)) {
      kept.push(item);
      continue;
    }
    dropped.push({
      kind: step.kind === 'trigger-point' ? 'trigger-point' : 'mobilisation',
      id: step.id,
      triggerPoint: step.triggerPoint,
      side: step.side,
      because: 'reported-harm',
      precautions: [],
      reason: reportedHarmReason,
    });
  }
  return { kept, dropped };
}
