// The answers behind a stop, as the person gave them: each question that set the stop's level
// (or a rule's condition that held), with its prompt and the answer, to show before a change;
// and the note of that change kept on the new screen.
import { safetyQuestions } from '../../content/safety-questions.js';
import type { ScreenCorrection } from '../../core/contracts/records.js';
import type { Answers, TriageResponse } from '../../core/contracts/triage.js';
import { safetyScreen } from '../../core/spec/index.js';
import { leadingReasons } from './result-kind.js';

export interface EarlierAnswer {
  readonly question: string;
  readonly prompt: string;
  /** "Yes", or the number typed. */
  readonly answer: string;
}

const promptOf = new Map(safetyQuestions.map((question) => [question.id, question.prompt]));
const rulesById = new Map(safetyScreen.rules.map((rule) => [rule.id, rule]));

/** 'age>=65' names the question 'age'; 'fever' names itself. */
const questionOfTerm = (term: string): string => term.split(/[<>=]/)[0]?.trim() ?? term;

const given = (answers: Answers, id: string): string | null => {
  const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
  if (answer === true) return 'Yes';
  return typeof answer === 'number' ? String(answer) : null;
};

/** The questions behind the result's leading reasons, in reason order, each once. */
export function answersBehind(answers: Answers, result: TriageResponse): EarlierAnswer[] {
  const ids = leadingReasons(result).flatMap((reason) => {
    const rule = rulesById.get(reason.question);
    if (rule === undefined) return [reason.question];
    return [...(rule.all ?? []), ...(rule.any ?? []), ...(rule.atLeast?.of ?? [])].map(
      questionOfTerm,
    );
  });
  return [...new Set(ids)].flatMap((id) => {
    const answer = given(answers, id);
    const prompt = promptOf.get(id);
    return answer === null || prompt === undefined ? [] : [{ question: id, prompt, answer }];
  });
}

/** The yes answers of a screen, for the record of a change: what was said before. */
export function yesAnswers(answers: Answers): string[] {
  return Object.entries(answers)
    .filter(([, answer]) => answer === true)
    .map(([id]) => id);
}

const instant = (text: string): string | null => {
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

/** The note a new screen keeps of the stopped one it replaces. */
export function correctionOf(
  stopped: {
    readonly answers: Answers;
    readonly result: TriageResponse;
    readonly answeredAt: string;
  },
  kind: ScreenCorrection['kind'],
  now: Date,
): ScreenCorrection {
  return {
    kind,
    confirmedAt: now.toISOString(),
    earlier: {
      answeredAt: instant(stopped.answeredAt),
      level: stopped.result.level,
      yes: yesAnswers(stopped.answers),
    },
  };
}
