// The night screen's timers: a 10-minute rest in position and a short hip-hanging timer that
// can never be set past the content's limit (S52: no longer than 8 to 10 minutes).
import { nightPositions } from '../../content/night-positions.js';

/** S48: even 10 minutes in position can help. */
export const POSITION_MINUTES = 10;

const traction = nightPositions.find((entry) => entry.id === 'night-traction');

/** The most minutes the hip-hanging timer allows, from the content (10). */
export const TRACTION_MAX_MINUTES: number = traction?.maxMinutes ?? 10;

/** What the timer says when hanging starts and what it does when it hurts. */
export const TRACTION_STOP_RULE: string =
  traction?.stopRule ?? 'If it hurts, stop at once and put your hips back down on the floor.';

/** Our choice: start short; a person can add minutes up to the limit. */
export const TRACTION_START_MINUTES = 5;

/** Whole minutes from 1 up to the limit, whatever is asked. */
export function tractionMinutes(requested: number, max = TRACTION_MAX_MINUTES): number {
  if (!Number.isFinite(requested)) return 1;
  return Math.min(max, Math.max(1, Math.round(requested)));
}

export interface NightTimer {
  readonly startedAt: number;
  readonly durationMs: number;
}

export const timerFor = (minutes: number, now: number): NightTimer => ({
  startedAt: now,
  durationMs: minutes * 60_000,
});

/** Time left at `now`, read from the start time so a sleeping tab never drifts. */
export const msLeft = (timer: NightTimer, now: number): number =>
  Math.max(0, timer.startedAt + timer.durationMs - now);

/** The timer face: 600000 -> "10:00", 59000 -> "0:59", rounding up so 0:00 shows only at the end. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
