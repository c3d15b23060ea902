// POST /api/plan, written once: the request and response schemas the server registers and the
// web client parses with, and the check that turns any body into a plan request or a named error.
import { z } from 'zod';
import { isRegionId } from '../body/regions.js';
import { err, type Result } from '../result.js';
import { placeIds, toolIds } from '../spec/index.js';
import { checkWith } from './issues.js';
import { KnownRegionId, PainMarks } from './match.js';
import { SessionCues, SessionStep } from './session-log.js';
import {
  Clearance,
  clearanceDateIssue,
  TriageAnswers,
  TriageLevel,
  TriagePrecaution,
  TriageReason,
  TriageResponse,
} from './triage.js';

export const BodySize = z.enum(['small', 'medium', 'large']);
export type BodySize = z.infer<typeof BodySize>;

export const PlanPreferences = z.strictObject({
  tools: z
    .array(z.enum(toolIds))
    .min(1, 'must list at least one tool')
    .max(50)
    .describe('Tools at hand. fists, thumbs and fingers always count as offered'),
  places: z
    .array(z.enum(placeIds))
    .min(1, 'must list at least one place')
    .max(50)
    .describe('Where the person can work now'),
  bodySize: BodySize,
  minutes: z.number().min(5).max(60).optional().describe('Time for the session; 20 when left out'),
  // Extension: which side hurts more, so its points come first.
  painfulSide: z.enum(['left', 'right', 'both']).optional().describe('The side that hurts more'),
});
export type PlanPreferences = z.infer<typeof PlanPreferences>;

export const PsoasCheck = z.strictObject({
  footTurnsOut: z.enum(['left', 'right', 'both', 'none']).default('none'),
  shoulderLower: z.enum(['left', 'right', 'none']).default('none'),
});
export type PsoasCheck = z.infer<typeof PsoasCheck>;

/** Extension: the "what loads your back" self-review (S14), one yes/no per overload group. */
export const OverloadAnswers = z.strictObject({
  exertion: z.boolean().optional().describe('The pain came after more effort than usual'),
  repetition: z.boolean().optional().describe('One task repeated, or one posture held, for hours'),
  sleep: z.boolean().optional().describe('The same sleep position night after night'),
  biochemical: z
    .boolean()
    .optional()
    .describe('Sore spots keep coming back, or a health condition, infection or new medicine'),
  trauma: z.boolean().optional().describe('The pain began after a slip, fall, knock or accident'),
});
export type OverloadAnswers = z.infer<typeof OverloadAnswers>;

export const PlanRequest = z
  .strictObject({
    regions: PainMarks,
    answers: TriageAnswers.describe('Safety-screen answers, as for POST /api/triage'),
    preferences: PlanPreferences,
    psoasCheck: PsoasCheck.optional(),
    // Extension: regions no step may press on or next to (skip-marked-area, avoid-operated-area).
    skipRegions: z
      .array(KnownRegionId)
      .max(1000)
      .transform((ids) => ids.filter(isRegionId))
      .optional()
      .describe('Region ids to keep clear of: nothing presses on them or next to them'),
    overload: OverloadAnswers.optional(),
    clearance: Clearance.optional(),
    // Extension: steps a person reported as harmful; a hard rule, both sides of a point.
    leaveOut: z
      .array(z.string().min(1).max(200))
      .max(100)
      .optional()
      .describe(
        'Step or point ids a harm report left out, until the person brings them back; a point is left out on both sides',
      ),
    useHistory: z
      .boolean()
      .optional()
      .describe(
        "Signed in: weigh the person's own logged sessions (API contract, plans that learn)",
      ),
    // Extension: the person's local offset from UTC, so a try-and-compare turns on their day.
    utcOffsetMinutes: z.number().int().min(-840).max(840).optional(),
  })
  .describe('A pain map, safety answers and preferences: what a personal plan is built from');
export type PlanRequestInput = z.input<typeof PlanRequest>;

/** How one precaution shaped one step, in plain words. */
export const StepPrecaution = z.object({ id: z.string(), change: z.string() });
export type StepPrecaution = z.infer<typeof StepPrecaution>;

/** What a person's own sessions showed for one step's point (API contract, plans that learn). */
export const StepHistory = z.object({
  sessions: z.number().int().nonnegative().describe('Sessions that worked this point'),
  meanRelief: z.number().describe('Mean pain points, before minus after; positive is relief'),
  ci95: z
    .tuple([z.number(), z.number()])
    .nullable()
    .describe('95% interval of meanRelief; null with fewer than 3 scored sessions'),
  tooMuch: z.number().int().nonnegative().describe('Sessions where it was stopped as too much'),
});
export type StepHistory = z.infer<typeof StepHistory>;

/** The contract's step, as the session player runs it, with a title, cues and extras. */
export const PlanStep = SessionStep.extend({
  title: z.string().min(1),
  cues: SessionCues,
  triggerPoints: z
    .array(z.string())
    .describe('Every per-side point id the step works; empty for a mobilisation'),
  score: z.number().min(0).max(1).nullable().describe("The matcher's score; null if not a point"),
  precautions: z.array(StepPrecaution).describe('How safety answers changed this step'),
  safety: z
    .array(z.string())
    .describe(
      "The technique's or movement's own safety lines, such as a nerve warning or 'the bar must not press on the spine bones'; empty when it has none",
    ),
  estimatedSeconds: z.number().int().nonnegative().describe('Time the session gives this step'),
  history: StepHistory.optional().describe('Set with useHistory when the point has history'),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const DroppedItem = z.object({
  kind: z.enum(['mobilisation', 'trigger-point']),
  id: z.string(),
  triggerPoint: z.string().nullable(),
  side: z.enum(['left', 'right', 'both']).nullable(),
  because: z.enum([
    'time',
    'precaution',
    'skipped-area',
    'no-technique',
    'outside-steps',
    'reported-harm',
    // Extensions with useHistory: too much even when done gently; the other day of a try-and-compare.
    'too-much',
    'try-and-compare',
  ]),
  precautions: z.array(z.string()).describe('Precaution ids that ruled it out, if any'),
  reason: z.string().describe('Why it is left out, plainly'),
});
export type DroppedItem = z.infer<typeof DroppedItem>;

export const AppliedPrecaution = z.object({
  id: z.string(),
  questions: z.array(z.string()),
  change: z.string().describe('What this plan does differently, plainly'),
  stepsChanged: z.number().int().nonnegative(),
  leftOut: z.number().int().nonnegative(),
});
export type AppliedPrecaution = z.infer<typeof AppliedPrecaution>;

export const PsoasFinding = z.object({
  suggestsShort: z.boolean(),
  side: z.enum(['left', 'right', 'both']).nullable(),
  message: z.string(),
});
export type PsoasFinding = z.infer<typeof PsoasFinding>;

export const OverloadGroup = z.enum(['exertion', 'repetition', 'biochemical', 'trauma']);
export type OverloadGroup = z.infer<typeof OverloadGroup>;

export const OverloadTip = z.object({
  group: OverloadGroup,
  cause: z.string().describe('Overload cause id from the content'),
  because: z.string().describe('What the person said that led to this tip'),
  advice: z.array(z.string()),
  action: z.enum(['redo-safety-screen', 'ask-doctor-about-blood-test']).nullable(),
});
export type OverloadTip = z.infer<typeof OverloadTip>;

/** Extension: two points with no clear answer take turns for two weeks, then the result. */
export const TryAndCompare = z.object({
  triggerPoints: z.tuple([z.string(), z.string()]).describe('Point pairs: odd days, even days'),
  startsOn: z.string().describe('Local date of the first day'),
  endsOn: z.string().describe('Local date of the last day'),
  today: z.string().nullable().describe('The point pair worked today; null once it has ended'),
  message: z.string(),
  result: z
    .object({
      better: z.string().nullable().describe('The pair that eased pain more; null when even'),
      message: z.string(),
    })
    .nullable(),
});
export type TryAndCompare = z.infer<typeof TryAndCompare>;

/** Why a plan holds no steps, always said when it has none. */
export const NoSteps = z
  .object({
    because: z.enum(['stopped', 'front-of-trunk', 'mark-areas', 'nothing-fits']),
    message: z.string().describe('Why there are no steps, and what to do, plainly'),
  })
  .describe('Null when the plan has steps');
export type NoSteps = z.infer<typeof NoSteps>;

/** A site precaution is active and no area to keep clear is named: the plan presses nothing. */
export const MarkAreas = z
  .object({
    precautions: z.array(z.string()).describe('The site precautions asking for it'),
    message: z.string(),
  })
  .describe(
    'Set while skip-marked-area or avoid-operated-area is active and skipRegions is empty: no step presses until the areas are named',
  );
export type MarkAreas = z.infer<typeof MarkAreas>;

export const PlanResponse = z
  .object({
    level: TriageLevel,
    selfCareAllowed: z.boolean(),
    reasons: z.array(TriageReason),
    precautions: z.array(TriagePrecaution),
    steps: z.array(PlanStep).describe('Empty when self-care is not allowed'),
    estimatedMinutes: z.number().int().nonnegative(),
    minutes: z.number().describe('The time the plan was fitted to'),
    nextStep: TriageResponse.shape.nextStep,
    when: TriageResponse.shape.when,
    clearance: TriageResponse.shape.clearance,
    psoas: PsoasFinding,
    precautionsApplied: z.array(AppliedPrecaution),
    dropped: z.array(DroppedItem).describe('What was left out, and why'),
    tips: z.array(OverloadTip).describe('Personal tips from the overload self-review'),
    noSteps: NoSteps.nullable(),
    markAreas: MarkAreas.nullable(),
    tryAndCompare: TryAndCompare.optional().describe('Set with useHistory while a comparison runs'),
  })
  .describe('An ordered, dosed plan: releases first, then steps 1, 2, 3, then a movement');
export type PlanResponse = z.infer<typeof PlanResponse>;

/** A checked request: known ids only, one mark per region. */
export type PlanInput = z.output<typeof PlanRequest>;

/**
 * Checks any parsed JSON body against the plan contract, as the server does: the pain map and
 * the answers keep their codes (`unknown_region`, `unknown_question`, `invalid_answer`), any
 * other problem is `invalid_body`, each named in details.issues, such as `preferences.tools[1]`.
 * With `today`, a clearance dated after it is refused too.
 */
export function validatePlanRequest(input: unknown, today?: string): Result<PlanInput, string> {
  const checked = checkWith(PlanRequest, input);
  if (!checked.ok) return checked;
  const issue = today === undefined ? null : clearanceDateIssue(checked.value.clearance, today);
  return issue
    ? err('invalid_body', `${issue.path} ${issue.message}.`, { issues: [issue] })
    : checked;
}
