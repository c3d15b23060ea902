// Runs the session machine in the page: stamps each event with a clock that never runs back,
// ticks while a phase is timed, plays each move's cues, and saves the log as it goes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionEvent, SessionPlan } from '../../core/contracts/session-log.js';
import {
  type Cue,
  newSession,
  next,
  type SessionLogIds,
  type SessionState,
  toSessionLog,
} from '../../core/session/index.js';
import { sessionLogsRecord } from '../device/records.js';
import { type Beeper, createBeeper, vibrate } from '../hands-free/beeps.js';
import { countdownDue, getReadyPhases } from '../hands-free/countdown.js';
import { type Caption, cueBatch, withCaptions } from '../hands-free/cue-delivery.js';
import type { SessionSettings } from '../hands-free/settings.js';
import { isSpeaking, speakLines, stopSpeaking } from '../hands-free/speech.js';
import { withSessionLog } from './session-logs.js';

/** How often a running phase is checked. Timing comes from timestamps; this only redraws. */
export const TICK_MS = 250;

/** Milliseconds since the epoch from the monotonic clock, so a clock change cannot jump. */
export const clockNow = (): number => performance.timeOrigin + performance.now();

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type PlayerEvent = DistributiveOmit<Exclude<SessionEvent, { type: 'tick' }>, 'at'>;

export interface PlayerSession {
  readonly state: SessionState;
  /** Every spoken line so far, in order. */
  readonly captions: readonly Caption[];
  /** The lines of the latest batch, for the big caption and the live region. */
  readonly latest: readonly string[];
  /** The state as of the latest event, even before React has drawn it. */
  current(): SessionState;
  /** Sends a person's event stamped now; false when it does not fit the session. */
  send(event: PlayerEvent): boolean;
  /** Makes sound possible; call from the tap or key press that starts the session. */
  unlockSound(): void;
}

const isTimed = (state: SessionState): boolean => 'endsAt' in state.phase;

/**
 * The get-ready countdown before a hold ("3.", "2.", "1."), as the ticks pass its seconds. It
 * never cuts the player's directions short: a count due while they are still said is left out.
 */
function getReady(before: SessionState, after: SessionState, event: SessionEvent): Cue[] {
  const phase = after.phase;
  if (event.type !== 'tick' || !getReadyPhases.has(phase.kind) || !('endsAt' in phase)) return [];
  if (before.phase.kind !== phase.kind) return [];
  const count = countdownDue(phase.endsAt, before.clock ?? event.at, event.at);
  if (count === null || isSpeaking()) return [];
  return [{ kind: 'speak', text: `${count}.`, at: event.at }];
}

export function usePlayerSession(
  plan: SessionPlan,
  ids: SessionLogIds,
  settings: SessionSettings,
): PlayerSession {
  const stateRef = useRef<SessionState>(newSession(plan));
  const [state, setState] = useState(stateRef.current);
  const [captions, setCaptions] = useState<readonly Caption[]>([]);
  const [latest, setLatest] = useState<readonly string[]>([]);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const beeper = useRef<Beeper | null>(null);

  const deliver = useCallback((cues: readonly Cue[], now: number) => {
    const batch = cueBatch(cues, now);
    if (batch.captions.length > 0) setCaptions((shown) => withCaptions(shown, batch.captions));
    const sound = settingsRef.current;
    if (batch.speech.length > 0) {
      setLatest(batch.speech);
      speakLines(batch.speech, sound);
    }
    if (!sound.muted) beeper.current?.play(batch.tones, sound.volume);
    if (batch.vibration !== null) vibrate(batch.vibration);
  }, []);

  const save = useCallback((saved: SessionState) => {
    const log = toSessionLog(saved, idsRef.current);
    if (log.ok) sessionLogsRecord.write([...withSessionLog(sessionLogsRecord.read(), log.value)]);
  }, []);

  const apply = useCallback(
    (event: SessionEvent): boolean => {
      const before = stateRef.current;
      const moved = next(before, event);
      if (!moved.ok) return false;
      const after = moved.value.state;
      stateRef.current = after;
      setState(after);
      deliver([...moved.value.cues, ...getReady(before, after, event)], event.at);
      // Saved on every change that matters, so a closed tab still leaves an open log behind;
      // a plain tick that changed nothing but the clock is not worth a write.
      if (
        event.type !== 'tick' ||
        after.phase.kind !== before.phase.kind ||
        after.points.length !== before.points.length
      ) {
        save(after);
      }
      return true;
    },
    [deliver, save],
  );

  const stamp = useCallback(() => Math.max(clockNow(), stateRef.current.clock ?? 0), []);

  const send = useCallback(
    (event: PlayerEvent) => apply({ ...event, at: stamp() } as SessionEvent),
    [apply, stamp],
  );

  const timed = isTimed(state);
  useEffect(() => {
    if (!timed) return;
    const tick = () => {
      apply({ type: 'tick', at: stamp() });
    };
    const timer = window.setInterval(tick, TICK_MS);
    // A tab coming back from the background catches up at once, not at the next tick.
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [timed, apply, stamp]);

  useEffect(
    () => () => {
      stopSpeaking();
      beeper.current?.close();
      beeper.current = null;
    },
    [],
  );

  const unlockSound = useCallback(() => {
    if (beeper.current === null) beeper.current = createBeeper();
  }, []);

  const current = useCallback(() => stateRef.current, []);

  return { state, captions, latest, current, send, unlockSound };
}
