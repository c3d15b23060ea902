// The session machine's one entry point: next(state, event) moves time up to the event, then
// applies it. An event that does not fit the state is an error value, never silently dropped.
import type { SessionEvent } from '../contracts/session-log.js';
import { err, ok } from '../result.js';
import type { WorkPhase } from './actions.js';
import { back, finish, pause, reliefFelt, resume, resumed, skip, tooMuch } from './actions.js';
import { advance, endPhase } from './clock.js';
import { backCues, holdStopCues, sessionStartCues } from './cues.js';
import { logEvent } from './log.js';
import { andThen, enterSlot, moveOn, say, withPhase } from './moves.js';
import type { Cue, Phase, SessionResult, SessionState } from './types.js';

const illegal = (state: SessionState, event: SessionEvent): SessionResult =>
  err('illegal-transition', `"${event.type}" does not fit while ${state.phase.kind}`, {
    phase: state.phase.kind,
    event: event.type,
  });

/** Cutting a hold short sounds its end tone, as a hold that runs out does. */
const stopOf = (phase: Phase, at: number): Cue[] =>
  phase.kind === 'pressing' ? holdStopCues(at) : [];

const fromReady = (state: SessionState, event: SessionEvent): SessionResult => {
  if (event.type !== 'start') return illegal(state, event);
  const started: SessionState = {
    ...state,
    startedAt: event.at,
    painBefore: event.painBefore ?? null,
  };
  return ok(
    andThen(say(started, sessionStartCues(event.at)), (s) => enterSlot(s, 0, event.at, null)),
  );
};

const fromWork = (state: SessionState, phase: WorkPhase, event: SessionEvent): SessionResult => {
  const { at } = event;
  const stop = stopOf(phase, at);
  const positioning = phase.kind === 'positioning' || phase.kind === 'switching-side';
  switch (event.type) {
    case 'start':
      return positioning ? ok(endPhase(state, phase, at)) : illegal(state, event);
    case 'ready':
      return phase.kind === 'pressing' ? illegal(state, event) : ok(endPhase(state, phase, at));
    case 'pause':
      return ok(pause(state, phase, at, stop));
    case 'skip':
      return ok(skip(state, phase, at, stop));
    case 'back':
      return back(state, phase, at, stop);
    case 'too-much':
      return ok(tooMuch(state, phase, at, stop));
    case 'relief-felt':
      return positioning ? illegal(state, event) : ok(reliefFelt(state, phase, at, stop));
    case 'finish':
      return ok(finish(state, phase, at, event.painAfter, stop));
    default:
      return illegal(state, event);
  }
};

const fromRating = (
  state: SessionState,
  phase: Extract<Phase, { kind: 'rating' }>,
  event: SessionEvent,
): SessionResult => {
  const { at } = event;
  switch (event.type) {
    case 'rate': {
      const rating = { tender: event.tender, reproduced: event.reproduced, eased: event.eased };
      return ok(moveOn(state, phase.slot, { ...phase.outcome, rating }, at));
    }
    case 'skip':
      return ok(skip(state, phase, at, []));
    case 'back':
      return back(state, phase, at, []);
    case 'pause':
      return ok(pause(state, phase, at, []));
    case 'finish':
      return ok(finish(state, phase, at, event.painAfter, []));
    default:
      return illegal(state, event);
  }
};

/** Skip, back and stop work while paused, as if resumed at that moment with no hold running. */
const fromPaused = (
  state: SessionState,
  phase: Extract<Phase, { kind: 'paused' }>,
  event: SessionEvent,
): SessionResult => {
  const { at } = event;
  if (event.type === 'resume') return ok(resume(state, phase, at));
  if (event.type !== 'skip' && event.type !== 'back' && event.type !== 'finish') {
    return illegal(state, event);
  }
  const was = resumed(phase, at);
  const live = withPhase(state, was);
  if (event.type === 'skip') return ok(skip(live, was, at, []));
  if (event.type === 'back') return back(live, was, at, []);
  return ok(finish(live, was, at, event.painAfter, []));
};

const fromPainAfter = (
  state: SessionState,
  phase: Extract<Phase, { kind: 'pain-after' }>,
  event: SessionEvent,
): SessionResult => {
  const { at } = event;
  if (event.type === 'finish') return ok(finish(state, phase, at, event.painAfter, []));
  if (event.type === 'back' && state.slots.length > 0) {
    return ok(
      andThen(say(state, backCues(at)), (s) => enterSlot(s, state.slots.length - 1, at, null)),
    );
  }
  return illegal(state, event);
};

/** One exhaustive switch over the phases; each knows which events fit it. */
const apply = (state: SessionState, event: SessionEvent): SessionResult => {
  const { phase } = state;
  switch (phase.kind) {
    case 'ready':
      return fromReady(state, event);
    case 'positioning':
    case 'switching-side':
    case 'pressing':
    case 'resting':
    case 'eased-off':
      return fromWork(state, phase, event);
    case 'rating':
      return fromRating(state, phase, event);
    case 'paused':
      return fromPaused(state, phase, event);
    case 'pain-after':
      return fromPainAfter(state, phase, event);
    case 'finished':
      return illegal(state, event);
  }
};

/** A tick moves time on; before the start, after the end or back in time it changes nothing. */
const tick = (state: SessionState, at: number, event: SessionEvent): SessionResult => {
  const { kind } = state.phase;
  if (kind === 'ready' || kind === 'finished' || (state.clock !== null && at <= state.clock)) {
    return ok({ state, cues: [] });
  }
  const advanced = advance(state, at);
  return ok({ state: logEvent(advanced.state, event), cues: advanced.cues });
};

/**
 * Moves the session to `event.at`, crossing every boundary on the way, then applies the event.
 * Refused events leave the state as it was: the next tick still crosses what is due.
 */
export const next = (state: SessionState, event: SessionEvent): SessionResult => {
  const { at } = event;
  if (!Number.isFinite(at) || at < 0) {
    return err('invalid-time', 'An event needs a time in ms, zero or more', { at });
  }
  if (event.type === 'tick') return tick(state, at, event);
  if (state.clock !== null && at < state.clock) {
    return err('time-went-back', 'This event is older than one already applied', {
      clock: state.clock,
      at,
    });
  }
  const advanced = advance(state, at);
  const applied = apply(advanced.state, event);
  if (!applied.ok) return applied;
  return ok({
    state: logEvent(applied.value.state, event),
    cues: [...advanced.cues, ...applied.value.cues],
  });
};
