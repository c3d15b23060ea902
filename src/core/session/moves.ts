// The moves the machine is built from: enter a point, begin and end a hold, close a point.
// Each returns the new state with its cues; transitions and the clock only pick which to make.
import type { PointOutcome } from '../contracts/session-log.js';
import {
  holdEndCues,
  holdStartCues,
  painAfterCues,
  positioningCues,
  ratingCues,
  restCues,
  switchSideCues,
} from './cues.js';
import { holdMs, isSideSwitch, repsOf, slotAt, stepOf } from './slots.js';
import { POSITIONING_MS, RATING_MS, REST_MS } from './timing.js';
import type { Cue, Moved, Phase, SessionState, SlotPhase } from './types.js';

export const withPhase = (state: SessionState, phase: Phase): SessionState => ({ ...state, phase });

/** Runs `then` on the state `first` left, keeping both moves' cues in order. */
export const andThen = (first: Moved, then: (state: SessionState) => Moved): Moved => {
  const second = then(first.state);
  return { state: second.state, cues: [...first.cues, ...second.cues] };
};

export const say = (state: SessionState, cues: readonly Cue[]): Moved => ({ state, cues });

export const enterPainAfter = (state: SessionState, at: number): Moved =>
  say(withPhase(state, { kind: 'pain-after', since: at }), painAfterCues(at));

/**
 * Starts work on `slot` (or asks for pain after the last one). Coming straight from the other
 * side of the same step, the person only switches sides; otherwise they get into position.
 */
export const enterSlot = (
  state: SessionState,
  slot: number,
  at: number,
  from: number | null,
): Moved => {
  if (slot >= state.slots.length) return enterPainAfter(state, at);
  const step = stepOf(state, slot);
  const { side } = slotAt(state, slot);
  const endsAt = at + POSITIONING_MS;
  return from !== null && isSideSwitch(state, from, slot)
    ? say(
        withPhase(state, { kind: 'switching-side', slot, since: at, endsAt }),
        switchSideCues(step, side, at),
      )
    : say(
        withPhase(state, { kind: 'positioning', slot, since: at, endsAt }),
        positioningCues(step, side, at),
      );
};

export interface Pressed {
  readonly repsDone: number;
  readonly pressedMs: number;
}

/** Work done on the current point up to `at`, read from the phase alone. */
export const pressedSoFar = (state: SessionState, phase: SlotPhase, at: number): Pressed => {
  const hold = holdMs(stepOf(state, phase.slot));
  switch (phase.kind) {
    case 'positioning':
    case 'switching-side':
      return { repsDone: 0, pressedMs: 0 };
    case 'pressing':
      return {
        repsDone: phase.rep - 1,
        pressedMs: (phase.rep - 1) * hold + hold - (phase.endsAt - at),
      };
    case 'resting':
      return { repsDone: phase.nextRep - 1, pressedMs: (phase.nextRep - 1) * hold };
    case 'eased-off':
      return { repsDone: phase.rep - 1, pressedMs: phase.rep * hold - phase.holdLeftMs };
    case 'rating':
      return {
        repsDone: phase.outcome.repsDone,
        pressedMs: phase.outcome.secondsPressed * 1000,
      };
  }
};

export const outcomeOf = (
  state: SessionState,
  slot: number,
  endedBy: PointOutcome['endedBy'],
  pressed: Pressed,
): PointOutcome => {
  const step = stepOf(state, slot);
  return {
    stepIndex: slotAt(state, slot).stepIndex,
    id: step.id,
    triggerPoint: step.triggerPoint,
    technique: step.technique,
    side: slotAt(state, slot).side,
    repsDone: pressed.repsDone,
    secondsPressed: pressed.pressedMs / 1000,
    endedBy,
  };
};

export const record = (state: SessionState, outcome: PointOutcome): SessionState => ({
  ...state,
  points: [...state.points, outcome],
});

/** Logs the point and goes on to the next one. */
export const moveOn = (state: SessionState, slot: number, outcome: PointOutcome, at: number) =>
  enterSlot(record(state, outcome), slot + 1, at, slot);

/** The point's holds are over: a trigger point asks for its quick rating, other steps go on. */
export const pressingDone = (
  state: SessionState,
  slot: number,
  endedBy: 'completed' | 'relief',
  pressed: Pressed,
  at: number,
): Moved => {
  const outcome = outcomeOf(state, slot, endedBy, pressed);
  if (stepOf(state, slot).kind !== 'trigger-point') return moveOn(state, slot, outcome, at);
  return say(
    withPhase(state, { kind: 'rating', slot, outcome, since: at, endsAt: at + RATING_MS }),
    ratingCues(at),
  );
};

/** Hold `rep` starts, for a full hold or for what a paused or eased hold had left. */
export const beginHold = (
  state: SessionState,
  slot: number,
  rep: number,
  at: number,
  easedOff: boolean,
  holdLeftMs?: number,
): Moved => {
  const step = stepOf(state, slot);
  const reps = repsOf(step);
  if (rep > reps)
    return pressingDone(state, slot, 'completed', { repsDone: reps, pressedMs: 0 }, at);
  const left = holdLeftMs ?? holdMs(step);
  return say(
    withPhase(state, { kind: 'pressing', slot, rep, easedOff, since: at, endsAt: at + left }),
    holdStartCues(step, rep, reps, left, easedOff, at),
  );
};

/** A hold ran its full time: rest before the next one, or close the point's holds. */
export const holdEnded = (
  state: SessionState,
  phase: Extract<Phase, { kind: 'pressing' }>,
  at: number,
): Moved => {
  const step = stepOf(state, phase.slot);
  const reps = repsOf(step);
  const ended = say(state, holdEndCues(step, at));
  if (phase.rep < reps) {
    return andThen(ended, (s) =>
      say(
        withPhase(s, {
          kind: 'resting',
          slot: phase.slot,
          nextRep: phase.rep + 1,
          easedOff: phase.easedOff,
          since: at,
          endsAt: at + REST_MS,
        }),
        restCues(step, at),
      ),
    );
  }
  return andThen(ended, (s) =>
    pressingDone(
      s,
      phase.slot,
      'completed',
      { repsDone: reps, pressedMs: reps * holdMs(step) },
      at,
    ),
  );
};
