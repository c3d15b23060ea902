// Which of the person's own events fit the session right now, asked of the machine itself so
// the buttons are never out of step with it: a button is enabled only when its event is legal.
import type { SessionEvent } from '../../core/contracts/session-log.js';
import { next, type SessionState } from '../../core/session/index.js';

export type ButtonEvent = Extract<
  SessionEvent['type'],
  'pause' | 'resume' | 'skip' | 'back' | 'too-much' | 'relief-felt' | 'ready'
>;

/** True when `type` would be accepted at the moment the machine last saw. */
export function fits(state: SessionState, type: ButtonEvent): boolean {
  const at = state.clock ?? 0;
  return next(state, { type, at }).ok;
}
