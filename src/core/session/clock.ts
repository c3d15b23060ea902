// Moves a session through time. Each phase ends at its own `endsAt`, and the next one starts at
// that same moment, so one late tick lands exactly where many small ticks would have.
import { beginHold, holdEnded, moveOn } from './moves.js';
import type { Cue, Moved, Phase, SessionState, TimedPhase } from './types.js';

export const isTimed = (phase: Phase): phase is TimedPhase => 'endsAt' in phase;

/** Ends `phase` at `at`: at its `endsAt` when time runs out, or earlier on `ready`. */
export const endPhase = (state: SessionState, phase: TimedPhase, at: number): Moved => {
  switch (phase.kind) {
    case 'positioning':
    case 'switching-side':
      return beginHold(state, phase.slot, 1, at, false);
    case 'pressing':
      return holdEnded(state, phase, at);
    case 'resting':
      return beginHold(state, phase.slot, phase.nextRep, at, phase.easedOff);
    case 'eased-off':
      return beginHold(state, phase.slot, phase.rep, at, true, phase.holdLeftMs);
    case 'rating':
      // Nobody answered: the point is logged unrated so a hands-free session goes on.
      return moveOn(state, phase.slot, phase.outcome, at);
  }
};

/**
 * Crosses every boundary up to `now`, in order. The cues of each crossing are all returned,
 * each stamped with its own moment, so a player back from a throttled tab can drop stale ones.
 */
export const advance = (state: SessionState, now: number): Moved => {
  let current = state;
  const cues: Cue[] = [];
  for (let phase = current.phase; isTimed(phase) && phase.endsAt <= now; phase = current.phase) {
    const crossed = endPhase(current, phase, phase.endsAt);
    current = crossed.state;
    cues.push(...crossed.cues);
  }
  return { state: { ...current, clock: now }, cues };
};
