// The therapist's work, written once for server and web: points found by hand (findings), plans a
// therapist assigns with their safe bounds, the suggested starting plan, and one client's follow-up.
import { z } from 'zod';
import { PlanResponse, PlanStep } from './plan.js';
import { ProgressAnswer, ProgressSummary } from './progress.js';
import { refuseUnstorableText } from './records.js';
import { Attention, TherapistRef } from './therapists.js';
import { TriageLevel } from './triage.js';

/** The longest note, on a finding, a step or a plan. */
export const MAX_NOTE_CHARS = 2000;
/** The most steps an assigned plan may hold. */
export const MAX_ASSIGNED_STEPS = 40;

/** Free text a therapist writes; kept and shown as text, never as HTML. */
export const Note = z
  .string()
  .max(MAX_NOTE_CHARS)
  .describe(`Plain text, at most ${MAX_NOTE_CHARS} characters; shown as text, never as HTML`);

export const Tenderness = z
  .number()
  .int()
  .min(0)
  .max(3)
  .describe('0 not tender, 1 mild, 2 moderate, 3 severe');

export const FindingRequest = z
  .strictObject({
    triggerPoint: z
      .string()
      .max(100)
      .describe(
        'A trigger point id from the content: the per-side id (glute-overlap-point-left) or its pair (glute-overlap-point)',
      ),
    side: z.enum(['left', 'right']),
    tenderness: Tenderness,
    note: Note.default(''),
    // Extension: the issue asks whether pressing the point brought on the client's own pain.
    reproducesPain: z
      .boolean()
      .nullable()
      .optional()
      .describe("Did pressing it bring on the client's usual pain? null or absent: not noted"),
  })
  .superRefine(refuseUnstorableText)
  .describe('A trigger point the therapist found by hand');
export type FindingRequestInput = z.input<typeof FindingRequest>;

export const Finding = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  therapist: TherapistRef,
  triggerPoint: z.string().describe('The per-side trigger point id from the content'),
  side: z.enum(['left', 'right']),
  tenderness: Tenderness,
  reproducesPain: z.boolean().nullable(),
  note: z.string(),
  createdAt: z.string().describe('ISO 8601 instant'),
  updatedAt: z.string().describe('ISO 8601 instant'),
});
export type Finding = z.infer<typeof Finding>;

export const FindingList = z.object({
  items: z.array(Finding).describe('Newest change first'),
});
export type FindingList = z.infer<typeof FindingList>;

/**
 * One step a therapist sends: a step as POST /api/plan returns it. Only what the person does is
 * needed; title, cues, safety lines and the time estimate are filled in again from the content.
 * Unknown keys (such as a step's history) are dropped, so a suggested step can be sent back as it is.
 */
export const AssignedStepInput = PlanStep.pick({
  kind: true,
  id: true,
  triggerPoint: true,
  technique: true,
  step: true,
  side: true,
  tools: true,
  place: true,
  dose: true,
})
  .extend({
    why: z.string().max(MAX_NOTE_CHARS).optional(),
    triggerPoints: z.array(z.string().max(100)).max(4).optional(),
    note: Note.default('').describe('The therapist’s note for this step'),
  })
  .describe('A step as POST /api/plan returns it, with a note');
export type AssignedStepInput = z.input<typeof AssignedStepInput>;

export const AssignedPlanRequest = z
  .strictObject({
    steps: z.array(AssignedStepInput).min(1).max(MAX_ASSIGNED_STEPS),
    sessionsPerWeek: z.number().int().min(1).max(14),
    note: Note.default(''),
  })
  .superRefine(refuseUnstorableText)
  .describe('A plan the therapist assigns: steps in order, sessions per week, a note');
export type AssignedPlanRequestInput = z.input<typeof AssignedPlanRequest>;
export type AssignedPlanRequest = z.output<typeof AssignedPlanRequest>;

/** A stored step: a full plan step (title, cues, safety, time) with the therapist's note. */
export const AssignedStep = PlanStep.extend({ note: z.string() });
export type AssignedStep = z.infer<typeof AssignedStep>;

export const OnHoldReason = z.enum(['safety-stop', 'precaution', 'no-safety-screen']);
export type OnHoldReason = z.infer<typeof OnHoldReason>;

export const OnHold = z
  .object({
    reason: OnHoldReason.describe(
      'safety-stop: the latest safety check stops self-care; precaution: a step breaks a limit set since; no-safety-screen: none answered yet',
    ),
    since: z.string().nullable().describe('When the safety check it rests on was answered'),
    message: z.string().describe('Why the plan is on hold and what to do, plainly'),
  })
  .describe('Set while the plan may not be done; null otherwise');
export type OnHold = z.infer<typeof OnHold>;

export const AssignedPlan = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  therapist: TherapistRef,
  steps: z.array(AssignedStep),
  sessionsPerWeek: z.number().int().min(1).max(14),
  note: z.string(),
  estimatedMinutes: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable().describe('Set once the therapist ended the plan'),
  onHold: OnHold.nullable(),
});
export type AssignedPlan = z.infer<typeof AssignedPlan>;

export const AssignedPlanList = z.object({
  items: z.array(AssignedPlan).describe('Active plans first, then ended ones, newest first'),
});
export type AssignedPlanList = z.infer<typeof AssignedPlanList>;

/** GET /api/me/assigned-plans: the contract's fields, plus onHold, estimatedMinutes, createdAt. */
export const MyAssignedPlans = z.object({
  items: z.array(
    AssignedPlan.pick({
      id: true,
      therapist: true,
      steps: true,
      sessionsPerWeek: true,
      note: true,
      updatedAt: true,
      createdAt: true,
      estimatedMinutes: true,
      onHold: true,
    }),
  ),
});
export type MyAssignedPlans = z.infer<typeof MyAssignedPlans>;

export const SuggestionMissing = z.enum(['pain-map', 'safety-screen']);

export const PlanSuggestion = z.object({
  plan: PlanResponse.nullable().describe('Null while a pain map or a safety screen is missing'),
  missing: z.array(SuggestionMissing).describe('What the client still has to save first'),
  basedOn: z.object({
    painMapId: z.uuid().nullable(),
    safetyScreenId: z.uuid().nullable(),
    planId: z.uuid().nullable().describe("The client's newest plan, for their tools and places"),
    findings: z.number().int().nonnegative().describe('How many of your findings were used'),
  }),
  sessionsPerWeek: z.number().int().min(1).max(14).describe("The client's own goal, else 3"),
});
export type PlanSuggestion = z.infer<typeof PlanSuggestion>;

export const FollowUpWeek = z.object({
  week: z.string().describe('An ISO week, like 2024-W10'),
  startsOn: z.string(),
  sessions: z.number().int().nonnegative(),
  planned: z.number().nullable().describe('Sessions planned that week; null without a plan'),
  metPlan: z.boolean().nullable(),
  inProgress: z.boolean(),
  meanPainBefore: z.number().nullable(),
  meanPainAfter: z.number().nullable(),
});
export type FollowUpWeek = z.infer<typeof FollowUpWeek>;

export const SafetyHistoryItem = z.object({
  id: z.uuid(),
  answeredAt: z.string(),
  level: TriageLevel,
  selfCareAllowed: z.boolean(),
  reasons: z.array(z.string()).describe('Plain reasons the screen gave'),
  precautions: z.array(z.string()).describe('Precaution ids in force after it'),
});
export type SafetyHistoryItem = z.infer<typeof SafetyHistoryItem>;

export const FollowUp = z.object({
  clock: ProgressAnswer.shape.clock,
  client: z.object({ clientId: z.uuid(), displayName: z.string(), since: z.string() }),
  plan: z.object({
    source: z.enum(['assigned', 'own', 'none']),
    sessionsPerWeek: z.number().int().nullable(),
    assignedPlanId: z.uuid().nullable(),
  }),
  weeks: z.array(FollowUpWeek).describe('Oldest first: sessions done against planned, pain'),
  whatHelps: ProgressSummary.shape.whatHelps,
  trend: ProgressSummary.shape.trend,
  checkIns: ProgressSummary.shape.checkIns,
  safetyHistory: z.array(SafetyHistoryItem).describe('Newest first'),
  findings: z.array(Finding),
  needsAttention: z.array(Attention),
});
export type FollowUp = z.infer<typeof FollowUp>;
