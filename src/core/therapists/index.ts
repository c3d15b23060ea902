// The therapist's side of core: what needs attention for a client.
export {
  type Attention,
  type AttentionCode,
  type AttentionInput,
  DEFAULT_SESSION_GAP_DAYS,
  harmFirst,
  needsAttention,
  PAIN_WORSE_SOURCE,
  plannedGapDays,
} from './needs-attention.js';
