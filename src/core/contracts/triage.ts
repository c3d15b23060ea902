// The POST /api/triage request and response, written once from safety-screen.json and shared
// by server (validation, OpenAPI) and web (typed calls), plus the domain check behind the 400s.
import { z } from 'zod';
import { err, ok, type Result } from '../result.js';
import { type SpecQuestion, safetyScreen } from '../spec/index.js';

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
    : `number ${question.range?.[0] ?? ''}-${question.range?.[1] ?? ''}`;

const expectedAnswers: ReadonlyMap<string, string> = new Map(
  safetyScreen.questions.map((question) => [question.id, expectedAnswer(question)]),
);

/** Answers keyed by question id; a question left out counts as "no" / not given. */
export const TriageAnswers = z.strictObject(
  Object.fromEntries([...answerSchemas].map(([id, schema]) => [id, schema.optional()])) as Record<
    string,
    z.ZodOptional<z.ZodBoolean | z.ZodNumber>
  >,
);
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

export type TriageRequestErrorCode = 'invalid_body' | 'unknown_question' | 'invalid_answer';

/** One offending answer, as it appears in an error's `details.problems`. */
export interface AnswerProblem {
  readonly question: string;
  readonly code: 'unknown_question' | 'invalid_answer';
  readonly expected: string;
  readonly received: string;
}

const describeValue = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isFinite(value) ? `number ${value}` : String(value);
  return typeof value;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const bodyExpected =
  'an object {"answers": {"<question id>": true | false | number}, "clearance"?: {"checkedOn": "YYYY-MM-DD"}}';

/**
 * Checks a whole request body `{answers: {...}}` and returns the answers, or an error value
 * whose details name the offending question(s): the server answers it with 400.
 */
export function validateAnswers(input: unknown): Result<Answers, TriageRequestErrorCode> {
  if (!isPlainObject(input)) {
    return err('invalid_body', 'The body must be a JSON object with an "answers" object.', {
      expected: bodyExpected,
      received: describeValue(input),
    });
  }
  const extra = Object.keys(input).filter((key) => key !== 'answers' && key !== 'clearance');
  if (extra.length > 0) {
    return err('invalid_body', 'The body may hold only "answers" and "clearance".', {
      expected: bodyExpected,
      unexpected: extra,
    });
  }
  const answers = input.answers;
  if (!isPlainObject(answers)) {
    return err('invalid_body', '"answers" must be an object keyed by question id.', {
      field: 'answers',
      expected: bodyExpected,
      received: describeValue(answers),
    });
  }

  const problems: AnswerProblem[] = [];
  const valid: Record<string, boolean | number> = {};
  for (const [id, value] of Object.entries(answers)) {
    const schema = answerSchemas.get(id);
    if (schema === undefined) {
      problems.push({
        question: id,
        code: 'unknown_question',
        expected: 'a question id from safety-screen.json',
        received: describeValue(value),
      });
    } else if (value === undefined) {
      // Only reachable from code, never from JSON: the same as leaving the question out.
    } else if (schema.safeParse(value).success) {
      valid[id] = value as boolean | number;
    } else {
      problems.push({
        question: id,
        code: 'invalid_answer',
        expected: expectedAnswers.get(id) ?? '',
        received: describeValue(value),
      });
    }
  }

  const first =
    problems.find((problem) => problem.code === 'unknown_question') ?? problems[0] ?? undefined;
  if (first === undefined) return ok(valid);
  const message =
    first.code === 'unknown_question'
      ? `"${first.question}" is not a safety-screen question.`
      : `The answer to "${first.question}" must be ${first.expected}.`;
  return err(first.code, message, {
    question: first.question,
    expected: first.expected,
    received: first.received,
    problems,
  });
}

/** The day after `today` (YYYY-MM-DD): a person a time zone ahead may already be there. */
const dayAfter = (today: string): string => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * Checks an optional clearance: an object holding only a real date `checkedOn`, not after
 * `today` (UTC, with a day's grace for time zones) when today is given.
 */
export function validateClearance(
  input: unknown,
  today?: string,
): Result<Clearance | undefined, 'invalid_body'> {
  if (input === undefined) return ok(undefined);
  const parsed = Clearance.safeParse(input);
  if (!parsed.success) {
    return err('invalid_body', 'clearance must be {"checkedOn": "YYYY-MM-DD"}, a real date.', {
      field: 'clearance',
      received: describeValue(input),
    });
  }
  if (today !== undefined && parsed.data.checkedOn > dayAfter(today)) {
    return err('invalid_body', 'clearance.checkedOn cannot be after today.', {
      field: 'clearance.checkedOn',
      received: parsed.data.checkedOn,
      today,
    });
  }
  return ok(parsed.data);
}

export interface TriageInput {
  readonly answers: Answers;
  readonly clearance?: Clearance;
}

/** Checks a whole POST /api/triage body: the answers, then an optional clearance. */
export function validateTriageRequest(
  input: unknown,
  today?: string,
): Result<TriageInput, TriageRequestErrorCode> {
  const answers = validateAnswers(input);
  if (!answers.ok) return answers;
  const clearance = validateClearance((input as Record<string, unknown>).clearance, today);
  if (!clearance.ok) return clearance;
  return ok({
    answers: answers.value,
    ...(clearance.value ? { clearance: clearance.value } : {}),
  });
}
