// The session's log: accepted events kept in order, and the record the player saves and sends.
import type { SessionEvent, SessionLog } from '../contracts/session-log.js';
import { err, ok, type Result } from '../result.js';
import type { SessionState } from './types.js';

/**
 * Appends an accepted event. A tick right after a tick replaces it: the end state depends only
 * on the last one (boundaries come from timestamps), so a long session's log stays short.
 */
export const logEvent = (state: SessionState, event: SessionEvent): SessionState => {
  const last = state.events.at(-1);
  const kept =
    event.type === 'tick' && last?.type === 'tick' ? state.events.slice(0, -1) : state.events;
  return { ...state, clock: event.at, events: [...kept, event] };
};

export interface SessionLogIds {
  readonly id: string;
  readonly planId?: string;
}

/** The record to save: open sessions have `endedAt` null; a session never started has none. */
export const toSessionLog = (
  state: SessionState,
  ids: SessionLogIds,
): Result<SessionLog, 'not-started'> => {
  if (state.startedAt === null) return err('not-started', 'The session has not started yet');
  return ok({
    id: ids.id,
    ...(ids.planId === undefined ? {} : { planId: ids.planId }),
    plan: state.plan,
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    painBefore: state.painBefore,
    painAfter: state.painAfter,
    points: [...state.points],
    events: [...state.events],
  });
};
