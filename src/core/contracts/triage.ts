// The POST /api/triage request and response, written once from safety-screen.json and shared
// by server (validation, OpenAPI) and web (typed calls), plus the domain check behind the 400s.
import { z } from 'zod';
import { ok, type Result } from '../result.js';
import { type SpecQuestion, safetyScreen } from '../spec/index.js';
import { checkWith, domainIssue } from './issues.js';

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

export const TriageRequest = z.strictObject({
  answers: TriageAnswers.describe('Safety-screen answers keyed by question id'),
});
export type TriageRequest = z.infer<typeof TriageRequest>;

export const TriageLevel = z.enum(['self-care-ok', 'routine', 'urgent', 'emergency']);
export type TriageLevel = z.infer<typeof TriageLevel>;

/** How soon to see someone: now (emergency), today, within 24 to 48 hours, soon, or no need. */
export const SeeSomeone = z.enum(['now', 'same-day', 'within-48-hours', 'soon', 'no-need']);
export type SeeSomeone = z.infer<typeof SeeSomeone>;

export const TriageReason = z.object({
  question: z.string().describe('The question or rule id this reason comes from'),
  message: z.string().describe('What to do and why, plainly'),
  level: TriageLevel,
  when: SeeSomeone,
  stopsSelfCare: z.boolean().describe('True when this reason alone stops self-treatment'),
  why: z.string().describe('One plain sentence on why it matters'),
  tell: z.string().describe('What to tell the doctor, as a phrase after "Tell them"'),
  rule: z.string().optional().describe('Set when a combination rule fired'),
  conditionsMet: z
    .array(z.string())
    .optional()
    .describe('The rule conditions that held, such as "pain-weeks<6"'),
  sources: z.array(z.string()),
});
export type TriageReason = z.infer<typeof TriageReason>;

export const TriagePrecaution = z.object({
  question: z.string().describe('The first question (in spec order) that asked for it'),
  id: z.string().describe('Machine-readable precaution id the plan builder applies'),
  questions: z.array(z.string()).describe('Every answered question that asked for it'),
  message: z.string().describe('How the plan is changed, and why'),
  change: z.string(),
  why: z.string(),
});
export type TriagePrecaution = z.infer<typeof TriagePrecaution>;

export const TriageResponse = z.object({
  level: TriageLevel,
  selfCareAllowed: z.boolean(),
  reasons: z.array(TriageReason),
  precautions: z.array(TriagePrecaution),
  nextStep: z.object({ when: SeeSomeone, message: z.string() }),
});
export type TriageResponse = z.infer<typeof TriageResponse>;

/** Checks a whole request body `{answers: {...}}` as the server does; the answers, or the 400. */
export const validateAnswers = (input: unknown): Result<Answers, string> => {
  const checked = checkWith(TriageRequest, input);
  return checked.ok ? ok(checked.value.answers) : checked;
};
