// Rebuilds a session from its plan and event log: the same events give the same end state,
// which is how a saved session is checked and how a reloaded player picks up where it was.
import type { SessionEvent, SessionPlan } from '../contracts/session-log.js';
import { err, ok, type Result } from '../result.js';
import { newSession } from './session.js';
import { next } from './transitions.js';
import type { SessionErrorCode, SessionState } from './types.js';

export const replay = (
  plan: SessionPlan,
  events: readonly SessionEvent[],
): Result<SessionState, SessionErrorCode> => {
  let state = newSession(plan);
  for (const [index, event] of events.entries()) {
    const moved = next(state, event);
    if (!moved.ok) {
      return err(moved.code, `Event ${index} does not replay: ${moved.message}`, {
        index,
        cause: moved.details,
      });
    }
    state = moved.value.state;
  }
  return ok(state);
};
