// Rule conditions from safety-screen.json: a yes/no question id answered true, or a comparison
// on a number question such as 'age>50' or 'pain-weeks<6'. Parsed once, checked per answer set.
import type { Answers } from '../contracts/triage.js';
import { err, ok, type Result } from '../result.js';
import type { SpecQuestion } from '../spec/index.js';

export type Comparison = '<' | '<=' | '>' | '>=' | '=';

export type Condition =
  | { readonly kind: 'yes'; readonly text: string; readonly question: string }
  | {
      readonly kind: 'compare';
      readonly text: string;
      readonly question: string;
      readonly comparison: Comparison;
      readonly value: number;
    };

export type ConditionErrorCode = 'unknown_question' | 'wrong_question_type' | 'malformed_condition';

// Two-character operators come first so 'age<=15' is not read as 'age<' and '=15'.
const comparisonPattern = /^([a-z0-9][a-z0-9-]*)\s*(<=|>=|<|>|=)\s*(-?\d+(?:\.\d+)?)$/;
const questionIdPattern = /^[a-z0-9][a-z0-9-]*$/;

export function parseCondition(
  text: string,
  questions: ReadonlyMap<string, SpecQuestion>,
): Result<Condition, ConditionErrorCode> {
  const trimmed = text.trim();
  const comparison = comparisonPattern.exec(trimmed);
  if (comparison) {
    const [, id = '', operator = '', number = ''] = comparison;
    const question = questions.get(id);
    if (question === undefined) {
      return err('unknown_question', `Condition "${text}" names no known question.`, { text });
    }
    if (question.type !== 'number') {
      return err('wrong_question_type', `Condition "${text}" compares a yes/no question.`, {
        text,
      });
    }
    return ok({
      kind: 'compare',
      text: trimmed,
      question: id,
      comparison: operator as Comparison,
      value: Number(number),
    });
  }
  if (!questionIdPattern.test(trimmed)) {
    return err('malformed_condition', `Condition "${text}" cannot be read.`, { text });
  }
  const question = questions.get(trimmed);
  if (question === undefined) {
    return err('unknown_question', `Condition "${text}" names no known question.`, { text });
  }
  if (question.type !== 'boolean') {
    return err('wrong_question_type', `Condition "${text}" needs a comparison.`, { text });
  }
  return ok({ kind: 'yes', text: trimmed, question: trimmed });
}

const compare = (answer: number, comparison: Comparison, value: number): boolean => {
  switch (comparison) {
    case '<':
      return answer < value;
    case '<=':
      return answer <= value;
    case '>':
      return answer > value;
    case '>=':
      return answer >= value;
    case '=':
      return answer === value;
  }
};

/** A question left out is "no"; a comparison on a number that was not given is false. */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const answer = Object.hasOwn(answers, condition.question)
    ? answers[condition.question]
    : undefined;
  if (condition.kind === 'yes') return answer === true;
  return (
    typeof answer === 'number' &&
    Number.isFinite(answer) &&
    compare(answer, condition.comparison, condition.value)
  );
}
