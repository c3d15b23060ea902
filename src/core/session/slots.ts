// A plan seen as the machine walks it: slots (one per side of each step) and their doses.
import type { SessionPlan, SessionStep } from '../contracts/session-log.js';
import type { SessionState, Slot } from './types.js';

/** Side 'both' runs the left side first, then the right, as S21 and S27 describe. */
export const slotsOf = (plan: SessionPlan): readonly Slot[] =>
  plan.steps.flatMap((step, stepIndex): Slot[] =>
    step.side === 'both'
      ? [
          { stepIndex, side: 'left' },
          { stepIndex, side: 'right' },
        ]
      : [{ stepIndex, side: step.side }],
  );

export const slotAt = (state: SessionState, slot: number): Slot => {
  const found = state.slots[slot];
  if (found === undefined) throw new RangeError(`No slot ${slot} in this session`);
  return found;
};

export const stepOf = (state: SessionState, slot: number): SessionStep => {
  const step = state.plan.steps[slotAt(state, slot).stepIndex];
  if (step === undefined) throw new RangeError(`No step for slot ${slot}`);
  return step;
};

/** Length of one hold in ms. */
export const holdMs = (step: SessionStep): number => step.dose.seconds * 1000;

/** Holds per side; zero when the step has no timed part. */
export const repsOf = (step: SessionStep): number => (step.dose.seconds > 0 ? step.dose.reps : 0);

/** Whole dose of one side in ms: what a completed point has pressed. */
export const doseMs = (step: SessionStep): number => repsOf(step) * holdMs(step);

/** True when the slot after `slot` is the other side of the same step. */
export const isSideSwitch = (state: SessionState, from: number, to: number): boolean =>
  to === from + 1 &&
  to < state.slots.length &&
  slotAt(state, from).stepIndex === slotAt(state, to).stepIndex;
