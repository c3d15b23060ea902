// What the person's own events do to a point: pause, resume, skip, back, "too much", "that
// helped" and stop. `stop` carries the end-of-hold tone when a hold is cut short.
import type { PainScore } from '../contracts/session-log.js';
import { err, ok } from '../result.js';
import {
  backCues,
  easeOffCues,
  finishedCues,
  holdStartCues,
  pauseCues,
  reliefCues,
  resumeCues,
  skipCues,
  stopPointCues,
} from './cues.js';
import {
  andThen,
  enterSlot,
  moveOn,
  outcomeOf,
  pressedSoFar,
  pressingDone,
  record,
  say,
  withPhase,
} from './moves.js';
import { holdMs, repsOf, stepOf } from './slots.js';
import { EASE_OFF_MS } from './timing.js';
import type {
  Cue,
  Moved,
  Phase,
  SessionResult,
  SessionState,
  SlotPhase,
  TimedPhase,
} from './types.js';

export type WorkPhase = Extract<
  Phase,
  { kind: 'positioning' | 'switching-side' | 'pressing' | 'resting' | 'eased-off' }
>;
type HoldPhase = Extract<Phase, { kind: 'pressing' | 'resting' | 'eased-off' }>;
type Paused = Extract<Phase, { kind: 'paused' }>;

export const pause = (state: SessionState, phase: TimedPhase, at: number, stop: Cue[]): Moved =>
  say(withPhase(state, { kind: 'paused', since: at, remainingMs: phase.endsAt - at, was: phase }), [
    ...stop,
    ...pauseCues(at),
  ]);

/** The paused phase comes back with the time it had left, counted from `at`. */
export const resumed = (phase: Paused, at: number): TimedPhase => ({
  ...phase.was,
  since: at,
  endsAt: at + phase.remainingMs,
});

export const resume = (state: SessionState, phase: Paused, at: number): Moved => {
  const back = resumed(phase, at);
  if (back.kind !== 'pressing') return say(withPhase(state, back), resumeCues(at));
  const step = stepOf(state, back.slot);
  return say(withPhase(state, back), [
    ...resumeCues(at),
    ...holdStartCues(step, back.rep, repsOf(step), phase.remainingMs, back.easedOff, at),
  ]);
};

export const skip = (state: SessionState, phase: SlotPhase, at: number, stop: Cue[]): Moved => {
  const outcome =
    phase.kind === 'rating'
      ? phase.outcome
      : outcomeOf(state, phase.slot, 'skipped', pressedSoFar(state, phase, at));
  return andThen(say(state, [...stop, ...skipCues(at)]), (s) => moveOn(s, phase.slot, outcome, at));
};

/**
 * Before any pressing, "back" goes to the previous point; later it starts this point again.
 * Work already done is logged first (as skipped, or with its ending once rated), never lost.
 */
export const back = (
  state: SessionState,
  phase: SlotPhase,
  at: number,
  stop: Cue[],
): SessionResult => {
  if (phase.kind === 'positioning' || phase.kind === 'switching-side') {
    if (phase.slot === 0) {
      return err('illegal-transition', 'There is no point before the first one', {
        phase: phase.kind,
        event: 'back',
      });
    }
    return ok(andThen(say(state, backCues(at)), (s) => enterSlot(s, phase.slot - 1, at, null)));
  }
  const pressed = pressedSoFar(state, phase, at);
  const logged =
    phase.kind === 'rating'
      ? record(state, phase.outcome)
      : pressed.pressedMs > 0
        ? record(state, outcomeOf(state, phase.slot, 'skipped', pressed))
        : state;
  return ok(
    andThen(say(logged, [...stop, ...backCues(at)]), (s) => enterSlot(s, phase.slot, at, null)),
  );
};

const isEased = (phase: WorkPhase): boolean =>
  phase.kind === 'eased-off' ||
  ((phase.kind === 'pressing' || phase.kind === 'resting') && phase.easedOff);

/**
 * S45: pressure should stay within what the person can take. A first "too much" eases off and
 * then goes on with the hold; a second on the same point stops that point.
 */
export const tooMuch = (state: SessionState, phase: WorkPhase, at: number, stop: Cue[]): Moved => {
  const step = stepOf(state, phase.slot);
  if (isEased(phase)) {
    const outcome = outcomeOf(state, phase.slot, 'too-much', pressedSoFar(state, phase, at));
    return andThen(say(state, [...stop, ...stopPointCues(at)]), (s) =>
      moveOn(s, phase.slot, outcome, at),
    );
  }
  const hold =
    phase.kind === 'pressing'
      ? { rep: phase.rep, holdLeftMs: phase.endsAt - at }
      : phase.kind === 'resting'
        ? { rep: phase.nextRep, holdLeftMs: holdMs(step) }
        : { rep: 1, holdLeftMs: holdMs(step) };
  return say(
    withPhase(state, {
      kind: 'eased-off',
      slot: phase.slot,
      ...hold,
      since: at,
      endsAt: at + EASE_OFF_MS,
    }),
    [...stop, ...easeOffCues(step, at)],
  );
};

/** S19: holds repeat "until relief", so "that helped" ends this point's holds early. */
export const reliefFelt = (state: SessionState, phase: HoldPhase, at: number, stop: Cue[]): Moved =>
  andThen(say(state, [...stop, ...reliefCues(at)]), (s) =>
    pressingDone(s, phase.slot, 'relief', pressedSoFar(s, phase, at), at),
  );

/** Stops the session; a point under way is logged if any of it was done. */
export const finish = (
  state: SessionState,
  phase: SlotPhase | Extract<Phase, { kind: 'pain-after' }>,
  at: number,
  painAfter: PainScore | undefined,
  stop: Cue[],
): Moved => {
  let logged = state;
  if (phase.kind === 'rating') logged = record(state, phase.outcome);
  else if (phase.kind !== 'pain-after') {
    const pressed = pressedSoFar(state, phase, at);
    if (pressed.pressedMs > 0) {
      logged = record(state, outcomeOf(state, phase.slot, 'skipped', pressed));
    }
  }
  const done: Cue[] = phase.kind === 'pain-after' ? [] : [{ kind: 'beep', tone: 'done', at }];
  return say(
    {
      ...logged,
      phase: { kind: 'finished', at },
      endedAt: at,
      painAfter: painAfter ?? null,
    },
    [...stop, ...done, ...finishedCues(at)],
  );
};
