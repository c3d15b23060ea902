// The session machine's states and cues: one union of phases, each naming only what it needs,
// so the player can switch on `phase.kind` and never meet a half-filled state.
import type {
  PainScore,
  PointOutcome,
  SessionEvent,
  SessionPlan,
} from '../contracts/session-log.js';
import type { Result } from '../result.js';

/** One side of one plan step: a step on both sides gives two slots, left then right. */
export interface Slot {
  readonly stepIndex: number;
  readonly side: 'left' | 'right' | null;
}

/** A phase that ends by itself at `endsAt`; `since` is when this stretch of it began. */
interface Timed {
  readonly since: number;
  readonly endsAt: number;
}

export type Phase =
  | { readonly kind: 'ready' }
  /** Getting into position and finding the point; pressing begins at `endsAt` or on `ready`. */
  | ({ readonly kind: 'positioning'; readonly slot: number } & Timed)
  /** As positioning, but turning to the other side of the same step. */
  | ({ readonly kind: 'switching-side'; readonly slot: number } & Timed)
  /** Hold `rep` runs until `endsAt`; `easedOff` after a first "too much" on this point. */
  | ({
      readonly kind: 'pressing';
      readonly slot: number;
      readonly rep: number;
      readonly easedOff: boolean;
    } & Timed)
  | ({
      readonly kind: 'resting';
      readonly slot: number;
      readonly nextRep: number;
      readonly easedOff: boolean;
    } & Timed)
  /** After a first "too much": adjust, then hold `rep` goes on for `holdLeftMs`. */
  | ({
      readonly kind: 'eased-off';
      readonly slot: number;
      readonly rep: number;
      readonly holdLeftMs: number;
    } & Timed)
  /** The quick rating of a point; `outcome` is logged when this phase ends, rated or not. */
  | ({ readonly kind: 'rating'; readonly slot: number; readonly outcome: PointOutcome } & Timed)
  /** `was` comes back with `remainingMs` left, counted from the resume. */
  | {
      readonly kind: 'paused';
      readonly since: number;
      readonly remainingMs: number;
      readonly was: PausablePhase;
    }
  /** Every point is done: waiting for the pain score after the session. */
  | { readonly kind: 'pain-after'; readonly since: number }
  | { readonly kind: 'finished'; readonly at: number };

export type PhaseKind = Phase['kind'];
export type TimedPhase = Extract<Phase, Timed>;
export type PausablePhase = TimedPhase;
export type SlotPhase = Extract<Phase, { readonly slot: number }>;

export interface SessionState {
  readonly plan: SessionPlan;
  readonly slots: readonly Slot[];
  readonly phase: Phase;
  /** The latest moment the machine has seen; null before the first event. */
  readonly clock: number | null;
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  readonly painBefore: PainScore | null;
  readonly painAfter: PainScore | null;
  /** Append-only: one record per finished attempt at a point. */
  readonly points: readonly PointOutcome[];
  /** Append-only accepted events; a tick right after a tick replaces it (same end state). */
  readonly events: readonly SessionEvent[];
}

/** What the player should say, sound or buzz; `at` is the moment it belongs to. */
export type Cue =
  | { readonly kind: 'speak'; readonly text: string; readonly at: number }
  | { readonly kind: 'beep'; readonly tone: 'start' | 'end' | 'done'; readonly at: number }
  | { readonly kind: 'vibrate'; readonly pattern: readonly number[]; readonly at: number };

export interface Moved {
  readonly state: SessionState;
  readonly cues: readonly Cue[];
}

export type SessionErrorCode = 'illegal-transition' | 'time-went-back' | 'invalid-time';
export type SessionResult = Result<Moved, SessionErrorCode>;
