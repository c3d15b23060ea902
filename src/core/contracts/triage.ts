// The POST /api/triage request and response, written once from safety-screen.json and shared
// by server (validation, OpenAPI) and web (typed calls), plus the domain check behind the 400s.
import { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import { type SpecQuestion, safetyScreen } from '../spec/index.js';
import { checkWith, domainIssue, type ValidationIssue } from './issues.js';

/** One answer's schema: true/false, or a finite number inside the spec's range. */
const answerSchema = (question: SpecQuestion): z.ZodBoolean | z.ZodNumber => {
  const description = `${question.meaning}${question.unit ? ` (${question.unit})` : ''}`;
  if (question.type === 'boolean') return z.boolean().describe(description);
  const [min, max] = question.range ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
  return z.number().min(min).max(max).describe(description);
};

/** Per-question schemas, keyed by spec question id; the only place answer types are stated. */
const answerSchemas: ReadonlyMap<string, z.ZodBoolean | z.ZodNumber> = new Map(
  safetyScreen.questions.map((question) => [question.id, answerSchema(question)]),
);

const expectedAnswer = (question: SpecQuestion): string =>
  question.type === 'boolean'
    ? 'true or false'
    : `a number from ${question.range?.[0] ?? ''} to ${question.range?.[1] ?? ''}`;

const expectedAnswers: ReadonlyMap<string, string> = new Map(
  safetyScreen.questions.map((question) => [question.id, expectedAnswer(question)]),
);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The safety screen's own check, before the shape check: an id that is not a question is
 * unknown_question, a wrong type or an out-of-range number invalid_answer, each naming the
 * question. Anything else (answers that are not an object) is left to the shape check.
 */
const checkAnswers = (answers: unknown, ctx: z.RefinementCtx): unknown => {
  if (!isPlainObject(answers)) return answers;
  // Unknown questions first: the error then names the question the screen does not have.
  for (const id of Object.keys(answers)) {
    if (!answerSchemas.has(id)) {
      ctx.addIssue(domainIssue('unknown_question', 'is not a safety-screen question', [id]));
    }
  }
  for (const [id, value] of Object.entries(answers)) {
    const schema = answerSchemas.get(id);
    if (schema !== undefined && value !== undefined && !schema.safeParse(value).success) {
      ctx.addIssue(
        domainIssue('invalid_answer', `must be ${expectedAnswers.get(id) ?? 'valid'}`, [id]),
      );
    }
  }
  return answers;
};

/**
 * The answers' shape alone, for answers that are kept (records, the device): unlike
 * TriageAnswers it has no step before the check, so a server can also send it back out.
 */
export const StoredAnswers = z.strictObject(
  Object.fromEntries([...answerSchemas].map(([id, schema]) => [id, schema.optional()])) as Record<
    string,
    z.ZodOptional<z.ZodBoolean | z.ZodNumber>
  >,
);

/**
 * Answers keyed by question id; a question left out counts as "no" / not given. Typed as the
 * shape it checks (a preprocess step would otherwise make its input `unknown`).
 */
export const TriageAnswers = z.preprocess(checkAnswers, StoredAnswers) as unknown as z.ZodType<
  z.output<typeof StoredAnswers>,
  z.input<typeof StoredAnswers>
>;
export type Answers = z.infer<typeof TriageAnswers>;

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/** Extension (issue 12): a clinician has checked the person since an urgent result. */
export const Clearance = z
  .strictObject({
    checkedOn: z
      .string()
      .refine(isCalendarDate, 'must be a date written YYYY-MM-DD')
      .describe('The day a doctor checked the person, YYYY-MM-DD; not after today'),
  })
  .describe(
    'A doctor has checked the person since an URGENT result. With it, an urgent result lets self-care go on (selfCareAllowed true) with every precaution still applied, and the result echoes the clearance and says it rests on it. It never lifts an emergency, nor the under-16 rule; older people stopped by the fracture rule get this way forward too.',
  );
export type Clearance = z.infer<typeof Clearance>;

/** What triage made of a clearance: whether it lifted the stop, and why, plainly. */
export const ClearanceResult = z
  .object({
    checkedOn: z.string(),
    applied: z.boolean().describe('True when an urgent stop was lifted because of this clearance'),
    message: z.string().describe('What the clearance changed, plainly'),
  })
  .describe('The clearance sent, echoed; present only when the request had one');
export type ClearanceResult = z.infer<typeof ClearanceResult>;

export const TriageRequest = z.strictObject({
  answers: TriageAnswers.describe('Safety-screen answers keyed by question id'),
  clearance: Clearance.optional(),
});
export type TriageRequest = z.infer<typeof TriageRequest>;

export const TriageLevel = z.enum(['self-care-ok', 'routine', 'urgent', 'emergency']);
export type TriageLevel = z.infer<typeof TriageLevel>;

/** How soon to see someone: now (emergency), today, within 24 to 48 hours, soon, or no need. */
export const SeeSomeone = z.enum(['now', 'same-day', 'within-48-hours', 'soon', 'no-need']);
export type SeeSomeone = z.infer<typeof SeeSomeone>;

/** The contract's `when`: as SeeSomeone, with null where nothing needs a clinician. */
export const TriageWhen = z
  .enum(['now', 'same-day', 'within-48-hours', 'soon'])
  .nullable()
  .describe(
    'How soon to be seen: now (emergency), same-day where the spec marks an answer or rule "when": "same-day", within-48-hours for any other urgent result, soon for routine, null when nothing needs a clinician',
  );
export type TriageWhen = z.infer<typeof TriageWhen>;

export const TriageReason = z.object({
  question: z.string().describe('The question or rule id this reason comes from'),
  message: z.string().describe('What to do and why, plainly'),
  level: TriageLevel,
  when: SeeSomeone,
  stopsSelfCare: z.boolean().describe('True when this reason alone stops self-treatment'),
  why: z.string().describe('One plain sentence on why it matters'),
  tell: z.string().describe('What to tell the doctor, as a phrase after "Tell them"'),
  rule: z.string().optional().describe('Set when a combination rule fired'),
  cleared: z
    .boolean()
    .optional()
    .describe('True when a clearance lifted the stop this urgent reason would set'),
  conditionsMet: z
    .array(z.string())
    .optional()
    .describe('The rule conditions that held, such as "pain-weeks<6"'),
  sources: z.array(z.string()),
});
export type TriageReason = z.infer<typeof TriageReason>;

export const TriagePrecaution = z
  .object({
    question: z.string().describe('The question whose answer set this precaution'),
    id: z.string().describe('Machine-readable precaution id the plan builder applies'),
    questions: z.array(z.string()).describe('The same question, as a one-item list'),
    message: z.string().describe('How the plan is changed, and why'),
    change: z.string(),
    why: z.string(),
  })
  .describe('One entry per question that set a precaution, even when two set the same id');
export type TriagePrecaution = z.infer<typeof TriagePrecaution>;

export const TriageResponse = z.object({
  level: TriageLevel,
  selfCareAllowed: z.boolean(),
  reasons: z.array(TriageReason),
  precautions: z.array(TriagePrecaution),
  nextStep: z.object({ when: SeeSomeone, message: z.string() }),
  when: TriageWhen,
  clearance: ClearanceResult.optional(),
});
export type TriageResponse = z.infer<typeof TriageResponse>;

/** Checks a whole request body `{answers: {...}}` as the server does; the answers, or the 400. */
export const validateAnswers = (input: unknown): Result<Answers, string> => {
  const checked = checkWith(TriageRequest, input);
  return checked.ok ? ok(checked.value.answers) : checked;
};

/** The day after `today` (YYYY-MM-DD): a person a time zone ahead may already be there. */
const dayAfter = (today: string): string => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * The one check a schema cannot make, since core has no clock: a clearance dated after
 * `today` (UTC, with a day's grace for time zones). The issue to report, or null.
 */
export const clearanceDateIssue = (
  clearance: Clearance | undefined,
  today: string,
): ValidationIssue | null =>
  clearance !== undefined && clearance.checkedOn > dayAfter(today)
    ? { path: 'clearance.checkedOn', code: 'invalid_body', message: 'cannot be after today' }
    : null;

export interface TriageInput {
  readonly answers: Answers;
  readonly clearance?: Clearance;
}

/** Checks a whole POST /api/triage body as the server does, the clearance's date included. */
export function validateTriageRequest(input: unknown, today?: string): Result<TriageInput, string> {
  const checked = checkWith(TriageRequest, input);
  if (!checked.ok) return checked;
  const issue = today === undefined ? null : clearanceDateIssue(checked.value.clearance, today);
  return issue
    ? err('invalid_body', `${issue.path} ${issue.message}.`, { issues: [issue] })
    : checked;
}
