// The guided-session machine's public face: start a session, feed it events, read its log.
export { fallbackCues } from './cues.js';
export {
  bringBack,
  HARM_PAIN_RISE,
  HARM_TOO_MUCH_TIMES,
  type HarmPrompt,
  harmPrompt,
  leftOutSteps,
} from './harm.js';
export { type SessionLogIds, toSessionLog } from './log.js';
export { replay } from './replay.js';
export { currentPoint, newSession, secondsLeft } from './session.js';
export { doseMs, holdMs, repsOf, slotsOf } from './slots.js';
export * from './timing.js';
export { next } from './transitions.js';
export type * from './types.js';
