// POST /api/plan, written once: the request and response schemas the server registers and the
// web client parses with, and the check that turns any body into a plan request or a named error.
import { z } from 'zod';
import type { PainMark } from '../body/pain-map.js';
import { isRegionId, type RegionId } from '../body/regions.js';
import { err, ok, type Result } from '../result.js';
import { placeIds, toolIds } from '../spec/index.js';
import { fieldPath, MatchRequest, validateMatchRequest } from './match.js';
import { SessionCues, SessionStep } from './session-log.js';
import {
  type Answers,
  Clearance,
  TriageAnswers,
  TriageLevel,
  TriagePrecaution,
  TriageReason,
  TriageResponse,
  validateAnswers,
  validateClearance,
} from './triage.js';

export const BodySize = z.enum(['small', 'medium', 'large']);
export type BodySize = z.infer<typeof BodySize>;

export const PlanPreferences = z.strictObject({
  tools: z
    .array(z.enum(toolIds))
    .min(1)
    .max(50)
    .describe('Tools at hand. fists, thumbs and fingers always count as offered'),
  places: z.array(z.enum(placeIds)).min(1).max(50).describe('Where the person can work now'),
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
    regions: MatchRequest.shape.regions,
    answers: TriageAnswers.describe('Safety-screen answers, as for POST /api/triage'),
    preferences: PlanPreferences,
    psoasCheck: PsoasCheck.optional(),
    // Extension: regions no step may press on or next to (skip-marked-area, avoid-operated-area).
    skipRegions: z
      .array(z.string().max(100))
      .max(1000)
      .optional()
      .describe('Region ids to keep clear of: nothing presses on them or next to them'),
    overload: OverloadAnswers.optional(),
    clearance: Clearance.optional(),
  })
  .describe('A pain map, safety answers and preferences: what a personal plan is built from');
export type PlanRequestInput = z.input<typeof PlanRequest>;

/** How one precaution shaped one step, in plain words. */
export const StepPrecaution = z.object({ id: z.string(), change: z.string() });
export type StepPrecaution = z.infer<typeof StepPrecaution>;

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
});
export type PlanStep = z.infer<typeof PlanStep>;

export const DroppedItem = z.object({
  kind: z.enum(['mobilisation', 'trigger-point']),
  id: z.string(),
  triggerPoint: z.string().nullable(),
  side: z.enum(['left', 'right', 'both']).nullable(),
  because: z.enum(['time', 'precaution', 'skipped-area', 'no-technique', 'outside-steps']),
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
  })
  .describe('An ordered, dosed plan: releases first, then steps 1, 2, 3, then a movement');
export type PlanResponse = z.infer<typeof PlanResponse>;

/** A checked request: known ids only, one mark per region, hands among the tools. */
export interface PlanInput {
  readonly regions: readonly PainMark[];
  readonly answers: Answers;
  readonly preferences: PlanPreferences;
  readonly psoasCheck?: PsoasCheck;
  readonly skipRegions?: readonly RegionId[];
  readonly overload?: OverloadAnswers;
  readonly clearance?: Clearance;
}

export type PlanRequestError =
  | 'invalid_body'
  | 'unknown_region'
  | 'unknown_question'
  | 'invalid_answer';

interface FieldProblem {
  readonly field: string;
  readonly problem: string;
}

const listed = (values: readonly string[]) => values.join(', ');

/** Plain problems for the fields this file adds; the rest keep zod's own words. */
const problems: Readonly<Record<string, string>> = {
  tools: `must list at least one tool from: ${listed(toolIds)}`,
  places: `must list at least one place from: ${listed(placeIds)}`,
  bodySize: 'must be small, medium or large',
  minutes: 'must be a number from 5 to 60',
  painfulSide: 'must be left, right or both',
  footTurnsOut: 'must be left, right, both or none',
  shoulderLower: 'must be left, right or none',
  skipRegions: 'must be a list of region ids',
  preferences: 'must be an object with tools, places and bodySize',
  psoasCheck: 'must be an object with footTurnsOut and shoulderLower',
  overload: 'must be an object of true or false answers',
};

function problemWith(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'unrecognized_keys') {
    const base = fieldPath(issue.path);
    return {
      field: `${base === 'body' ? '' : `${base}.`}${issue.keys[0]}`,
      problem: 'is not a field this request takes',
    };
  }
  const field = fieldPath(issue.path);
  const last = issue.path.at(-1);
  const parent = issue.path.at(-2);
  if (typeof last === 'number' && parent === 'tools') {
    return { field, problem: `must be a tool id: ${listed(toolIds)}` };
  }
  if (typeof last === 'number' && parent === 'places') {
    return { field, problem: `must be a place id: ${listed(placeIds)}` };
  }
  if (typeof last === 'number' && parent === 'skipRegions') {
    return { field, problem: 'must be a region id, written as text' };
  }
  if (issue.path[0] === 'overload' && issue.path.length === 2) {
    return { field, problem: 'must be true or false' };
  }
  const known = typeof last === 'string' ? problems[last] : undefined;
  return { field, problem: known ?? issue.message };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every error names its first faulty field in `details.field` and in the message. */
function fieldError(
  code: PlanRequestError,
  field: string,
  message: string,
  details: Record<string, unknown> = {},
) {
  const named = message.includes(field) ? message : `${field}: ${message}`;
  return err(code, named, { ...details, field });
}

const topLevelFields = [
  'regions',
  'answers',
  'preferences',
  'psoasCheck',
  'skipRegions',
  'overload',
  'clearance',
] as const;

const RestOfRequest = PlanRequest.pick({
  preferences: true,
  psoasCheck: true,
  skipRegions: true,
  overload: true,
});

/**
 * Checks any parsed JSON body against the plan contract. The pain map goes through the match
 * check and the answers through the triage check, so their codes stay the same here
 * (`unknown_region`, `unknown_question`, `invalid_answer`); any other problem is
 * `invalid_body`. Every error names the field, such as `preferences.tools[1]`.
 */
export function validatePlanRequest(
  input: unknown,
  today?: string,
): Result<PlanInput, PlanRequestError> {
  if (!isPlainObject(input)) {
    return fieldError('invalid_body', 'body', 'must be a JSON object with regions and answers');
  }
  const extra = Object.keys(input).find(
    (key) => !(topLevelFields as readonly string[]).includes(key),
  );
  if (extra !== undefined) {
    return fieldError('invalid_body', extra, `${extra} is not a field this request takes.`);
  }

  const match = validateMatchRequest({ regions: input.regions });
  if (!match.ok) {
    const details = (match.details ?? {}) as { fields?: readonly (string | FieldProblem)[] };
    const first = details.fields?.[0];
    const field = typeof first === 'string' ? first : (first?.field ?? 'regions');
    return fieldError(match.code, field, match.message, details);
  }

  if (!Object.hasOwn(input, 'answers')) {
    return fieldError('invalid_body', 'answers', 'answers must be an object ({} for none).');
  }
  const answers = validateAnswers({ answers: input.answers });
  if (!answers.ok) {
    const details = (answers.details ?? {}) as { question?: string };
    const field = details.question === undefined ? 'answers' : `answers.${details.question}`;
    return fieldError(answers.code, field, answers.message, details);
  }

  const rest = RestOfRequest.safeParse({
    preferences: input.preferences,
    psoasCheck: input.psoasCheck,
    skipRegions: input.skipRegions,
    overload: input.overload,
  });
  if (!rest.success) {
    const fields = rest.error.issues.map(problemWith);
    const first = fields[0]!;
    return fieldError('invalid_body', first.field, `${first.field} ${first.problem}.`, { fields });
  }

  const clearance = validateClearance(input.clearance, today);
  if (!clearance.ok) {
    const details = (clearance.details ?? {}) as { field?: string };
    return fieldError('invalid_body', details.field ?? 'clearance', clearance.message, details);
  }

  const skipRegions: RegionId[] = [];
  for (const [i, id] of (rest.data.skipRegions ?? []).entries()) {
    if (!isRegionId(id)) {
      return fieldError('unknown_region', `skipRegions[${i}]`, `"${id}" is not a body region.`, {
        regions: [id],
      });
    }
    skipRegions.push(id);
  }

  return ok({
    regions: match.value.regions,
    answers: answers.value,
    preferences: rest.data.preferences,
    ...(rest.data.psoasCheck ? { psoasCheck: rest.data.psoasCheck } : {}),
    skipRegions,
    ...(rest.data.overload ? { overload: rest.data.overload } : {}),
    ...(clearance.value ? { clearance: clearance.value } : {}),
  });
}
