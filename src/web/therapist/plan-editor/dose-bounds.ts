// The doses a therapist may set, as the content's safe bounds allow (issue 14): holds and
// circles 10-90 s, 1-6 times; a lying position (such as traction) at most 10 minutes. The
// server checks the same bounds again; these only keep the form's numbers in range.
import type { PlanStep } from '../../../core/contracts/plan.js';
import { HOLD_SECONDS, POSITION_MAX_SECONDS, REPS } from '../../../core/therapists/index.js';

export interface DoseBounds {
  readonly seconds: { readonly min: number; readonly max: number } | null;
  readonly reps: { readonly min: number; readonly max: number } | null;
}

export const holdSeconds = HOLD_SECONDS;
export const pointReps = REPS;
/** A position held lying down, such as traction: at most 10 minutes. */
export const positionSeconds = { min: HOLD_SECONDS.min, max: POSITION_MAX_SECONDS } as const;
/** Movements counted in repeats (pelvic tilts): the session machine allows up to 20. */
export const movementReps = { min: 1, max: 20 } as const;

/**
 * What may change in this step's dose, as the server checks it (src/core/therapists). A
 * movement's own dose from the content always stays allowed (10 slow pelvic tilts).
 */
export function doseBounds(step: Pick<PlanStep, 'kind' | 'dose'>): DoseBounds {
  const { dose } = step;
  const around = (range: { min: number; max: number }, value: number) => ({
    min: Math.min(range.min, value),
    max: range.max,
  });
  if (step.kind === 'advice' || dose.seconds === 0 || dose.reps === 0) {
    return { seconds: null, reps: null };
  }
  if (dose.mode === 'position') return { seconds: positionSeconds, reps: null };
  if (step.kind === 'trigger-point') return { seconds: holdSeconds, reps: pointReps };
  // A set of slow repeats (10 pelvic tilts) is timed as short holds: only the count changes.
  if (step.kind === 'mobilisation' && dose.reps > pointReps.max) {
    return { seconds: null, reps: around(movementReps, dose.reps) };
  }
  return {
    seconds: around(holdSeconds, dose.seconds),
    reps: around(pointReps, dose.reps),
  };
}

/** A number clamped into a range; null bounds leave it as it is. */
export function clampTo(value: number, range: { min: number; max: number } | null): number {
  if (range === null || !Number.isFinite(value)) return value;
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}
