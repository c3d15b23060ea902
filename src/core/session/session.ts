// A new session over a plan, and what the player reads off a state to draw the screen.
import type { SessionPlan, SessionStep } from '../contracts/session-log.js';
import { slotAt, slotsOf, stepOf } from './slots.js';
import type { SessionState, Slot } from './types.js';

/** A session waiting for `start`; nothing is timed until then. */
export const newSession = (plan: SessionPlan): SessionState => ({
  plan,
  slots: slotsOf(plan),
  phase: { kind: 'ready' },
  clock: null,
  startedAt: null,
  endedAt: null,
  painBefore: null,
  painAfter: null,
  points: [],
  events: [],
});

/** The step and side being worked now (also while paused), or null outside the points. */
export const currentPoint = (
  state: SessionState,
): { readonly step: SessionStep; readonly slot: Slot; readonly slotIndex: number } | null => {
  const phase = state.phase.kind === 'paused' ? state.phase.was : state.phase;
  if (!('slot' in phase)) return null;
  return {
    step: stepOf(state, phase.slot),
    slot: slotAt(state, phase.slot),
    slotIndex: phase.slot,
  };
};

/**
 * Seconds left in the current phase at `now`, for the countdown on screen; frozen while
 * paused, null when nothing is timed. Read from `endsAt`, so it never drifts.
 */
export const secondsLeft = (state: SessionState, now: number): number | null => {
  const { phase } = state;
  if (phase.kind === 'paused') return Math.ceil(phase.remainingMs / 1000);
  if (!('endsAt' in phase)) return null;
  return Math.max(0, Math.ceil((phase.endsAt - now) / 1000));
};
