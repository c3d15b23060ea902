// Reads safety-screen.json once into a form triage can run: questions by id, level ranks, and
// rules with their conditions parsed, so a typo in the spec fails loudly instead of never firing.
import type { Answers } from '../contracts/triage.js';
import { err, ok, type Result } from '../result.js';
import type { Level, SafetyScreenSpec, SpecQuestion, SpecRule } from '../spec/index.js';
import { type Condition, conditionHolds, parseCondition } from './condition.js';

export interface ScreenRule {
  readonly spec: SpecRule;
  readonly all: readonly Condition[];
  readonly any: readonly Condition[];
  readonly atLeast: { readonly n: number; readonly of: readonly Condition[] } | undefined;
}

export interface Screen {
  readonly questions: readonly SpecQuestion[];
  readonly questionsById: ReadonlyMap<string, SpecQuestion>;
  readonly rules: readonly ScreenRule[];
  readonly levels: readonly Level[];
  readonly precautions: Readonly<Record<string, string>>;
}

export type ScreenErrorCode = 'invalid_screen';

const parseAll = (
  texts: readonly string[] | undefined,
  questions: ReadonlyMap<string, SpecQuestion>,
  rule: string,
): Result<Condition[], ScreenErrorCode> => {
  const conditions: Condition[] = [];
  for (const text of texts ?? []) {
    const parsed = parseCondition(text, questions);
    if (!parsed.ok) {
      return err('invalid_screen', `Rule "${rule}": ${parsed.message}`, {
        rule,
        condition: text,
        problem: parsed.code,
      });
    }
    conditions.push(parsed.value);
  }
  return ok(conditions);
};

const invalid = (message: string, details: unknown) => err('invalid_screen', message, details);

export function compileScreen(spec: SafetyScreenSpec): Result<Screen, ScreenErrorCode> {
  const questionsById = new Map(spec.questions.map((question) => [question.id, question]));
  if (questionsById.size !== spec.questions.length) {
    return invalid('Two questions share an id.', { questions: spec.questions.map((q) => q.id) });
  }
  for (const question of spec.questions) {
    if (!spec.levels.includes(question.level)) {
      return invalid(`Question "${question.id}" has an unknown level.`, { question: question.id });
    }
    if (
      question.precaution !== undefined &&
      !Object.hasOwn(spec.precautions, question.precaution)
    ) {
      return invalid(`Question "${question.id}" names an unknown precaution.`, {
        question: question.id,
      });
    }
  }
  const rules: ScreenRule[] = [];
  for (const rule of spec.rules) {
    if (questionsById.has(rule.id)) {
      return invalid(`Rule "${rule.id}" has the same id as a question.`, { rule: rule.id });
    }
    if (!spec.levels.includes(rule.level)) {
      return invalid(`Rule "${rule.id}" has an unknown level.`, { rule: rule.id });
    }
    const all = parseAll(rule.all, questionsById, rule.id);
    const any = parseAll(rule.any, questionsById, rule.id);
    const of = parseAll(rule.atLeast?.of, questionsById, rule.id);
    if (!all.ok) return all;
    if (!any.ok) return any;
    if (!of.ok) return of;
    if (all.value.length + any.value.length + of.value.length === 0) {
      return invalid(`Rule "${rule.id}" has no conditions.`, { rule: rule.id });
    }
    rules.push({
      spec: rule,
      all: all.value,
      any: any.value,
      atLeast: rule.atLeast ? { n: rule.atLeast.n, of: of.value } : undefined,
    });
  }
  return ok({
    questions: spec.questions,
    questionsById,
    rules,
    levels: spec.levels,
    precautions: spec.precautions,
  });
}

/**
 * Whether a rule fires (every `all`, one of `any` when given, n of `atLeast.of` when given),
 * and which of its conditions held: only those name questions, so unanswered ones stay unnamed.
 */
export function ruleOutcome(
  rule: ScreenRule,
  answers: Answers,
): { readonly fires: boolean; readonly conditionsMet: readonly string[] } {
  const held = (conditions: readonly Condition[]) =>
    conditions.filter((condition) => conditionHolds(condition, answers));
  const all = held(rule.all);
  const any = held(rule.any);
  const of = held(rule.atLeast?.of ?? []);
  const fires =
    all.length === rule.all.length &&
    (rule.any.length === 0 || any.length > 0) &&
    (rule.atLeast === undefined || of.length >= rule.atLeast.n);
  const conditionsMet = [...new Set([...all, ...any, ...of].map((condition) => condition.text))];
  return { fires, conditionsMet };
}
