// The therapist's side of core: what needs attention for a client, and the check of a plan they assign.

export {
  checkAssignedSteps,
  HOLD_SECONDS,
  type LatestScreen,
  onHoldOf,
  POSITION_MAX_SECONDS,
  REPS,
} from './assigned-plan.js';
export { followUpWeeks, type ScreenForHistory, safetyHistoryOf } from './follow-up.js';
export {
  type Attention,
  type AttentionCode,
  type AttentionInput,
  attentionOrder,
  byAttention,
  DEFAULT_SESSION_GAP_DAYS,
  needsAttention,
  PAIN_WORSE_SOURCE,
  plannedGapDays,
} from './needs-attention.js';
