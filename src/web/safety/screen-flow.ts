// The safety screen's steps as plain data: which checklists to ask, which may be shown, what the
// person's taps and typed numbers mean as triage answers, and when to stop at once.
import {
  checklistsOf,
  type SafetyChecklist,
  type SafetyQuestion,
  safetyChecklists,
  safetyQuestions,
  safetyTopics,
} from '../../content/safety-questions.js';
import type { Answers } from '../../core/contracts/triage.js';
import { triage } from '../../core/triage/index.js';

/** A full screen, or only the red-flag topics again after the person reported a change. */
export type ScreenMode = 'full' | 'red-flags';

export type Choice = 'yes' | 'no' | 'not-sure';
/** Taps on yes/no questions, by question id. */
export type Choices = Readonly<Record<string, Choice>>;
/** What was typed into number questions, by question id, as typed. */
export type TypedNumbers = Readonly<Record<string, string>>;

const redFlagGroups: ReadonlySet<string> = new Set(['emergency', 'urgent']);

// A change is often a fall or knock. A small fall is no red flag alone, but with thin bones,
// steroids or age 65+ it can break a vertebra (the spec's fracture-risk rule, urgent), so the
// recheck asks it again, with the bone questions beside it.
const askedAgainAfterAChange: ReadonlySet<string> = new Set(['minor-trauma']);

/** The screens asked again after a reported change: red-flag groups and the small fall. */
export const redFlagChecklists: readonly SafetyChecklist[] = checklistsOf(
  safetyTopics.filter(
    (topic) =>
      redFlagGroups.has(topic.group) ||
      topic.questions.some((question) => askedAgainAfterAChange.has(question.id)),
  ),
);

const redFlagQuestionIds: ReadonlySet<string> = new Set(
  redFlagChecklists.flatMap((screen) => screen.questions.map((question) => question.id)),
);

export function checklistsFor(mode: ScreenMode): readonly SafetyChecklist[] {
  return mode === 'full' ? safetyChecklists : redFlagChecklists;
}

/**
 * Short names other screens may link with, e.g. the body map's `/safety?topic=nerves`; a topic's
 * own id (from an older link) opens the screen that holds it.
 */
const topicAliases: Readonly<Record<string, string>> = {
  nerves: 'emergency',
  ...Object.fromEntries(safetyTopics.map((topic) => [topic.id, topic.group])),
};

/** True for the body map's way in (`?topic=nerves`), which counts as a reported change. */
export function asksForNerveQuestions(search: string): boolean {
  return new URLSearchParams(search).get('topic') === 'nerves';
}

/** The screen a `?topic=` address asks for, as an index into `screens`; the first when unknown. */
export function screenIndexFrom(search: string, screens: readonly SafetyChecklist[]): number {
  const asked = new URLSearchParams(search).get('topic') ?? '';
  const id = topicAliases[asked] ?? asked;
  return Math.max(
    0,
    screens.findIndex((screen) => screen.id === id),
  );
}

/**
 * Age and weeks must be given: a blank one would quietly switch off the rules that need it
 * (under 16, new pain after cancer, new pain under 20 or over 50, fragile bones at 65+). Pain
 * now may be left blank (the spec treats a missing number as not given).
 */
export const requiredNumbers: ReadonlySet<string> = new Set(['age', 'pain-weeks']);

/** A plain message when a typed number cannot be used, or null when it is fine or blank. */
export function numberProblem(question: SafetyQuestion, typed: string | undefined): string | null {
  if (question.answer.kind !== 'number') return null;
  const { min, max } = question.answer;
  const text = (typed ?? '').trim();
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    return `Please type a whole number from ${min} to ${max}.`;
  }
  return null;
}

/** Questions of a screen still waiting for an answer, in screen order. */
export function openQuestions(
  screen: Pick<SafetyChecklist, 'questions'>,
  choices: Choices,
  numbers: TypedNumbers,
): SafetyQuestion[] {
  return screen.questions.filter((question) =>
    question.answer.kind === 'yes-no'
      ? choices[question.id] === undefined
      : requiredNumbers.has(question.id) && (numbers[question.id] ?? '').trim() === '',
  );
}

/** Whether the screen is done: every question answered and every number usable. */
export function screenComplete(
  screen: Pick<SafetyChecklist, 'questions'>,
  choices: Choices,
  numbers: TypedNumbers,
) {
  return (
    openQuestions(screen, choices, numbers).length === 0 &&
    screen.questions.every((question) => numberProblem(question, numbers[question.id]) === null)
  );
}

/**
 * A checklist's "None of these" (or "Next" after some Yes taps): every question on the screen
 * the person did not tap counts as no. Only questions shown on this screen are filled in.
 */
export function withRestAsNo(
  screen: Pick<SafetyChecklist, 'questions'>,
  choices: Choices,
): Choices {
  const rest = screen.questions
    .filter((question) => question.answer.kind === 'yes-no' && choices[question.id] === undefined)
    .map((question) => [question.id, 'no' as const]);
  return { ...choices, ...Object.fromEntries(rest) };
}

/** Whether any question on the screen was answered yes or not sure. */
export function anyTicked(screen: Pick<SafetyChecklist, 'questions'>, choices: Choices): boolean {
  return screen.questions.some((question) => {
    const choice = choices[question.id];
    return choice !== undefined && choice !== 'no';
  });
}

/**
 * The screen that may be shown: the one asked for, or an earlier one still open. After a reload
 * the answers are gone, so the check starts again rather than counting unseen questions as no.
 */
export function reachableIndex(
  screens: readonly SafetyChecklist[],
  asked: number,
  choices: Choices,
  numbers: TypedNumbers,
): number {
  const firstOpen = screens.findIndex((screen) => !screenComplete(screen, choices, numbers));
  const last = screens.length - 1;
  const wanted = Math.min(Math.max(asked, 0), last);
  return firstOpen === -1 ? wanted : Math.min(wanted, firstOpen);
}

/** "Not sure" is offered only where it counts as yes, so it is recorded as yes. */
const choiceMeans = (choice: Choice): boolean => choice !== 'no';

const questionsById: ReadonlyMap<string, SafetyQuestion> = new Map(
  safetyQuestions.map((question) => [question.id, question]),
);

/** The triage answers the taps and numbers stand for; blank or unusable numbers are left out. */
export function answersFrom(choices: Choices, numbers: TypedNumbers): Answers {
  const answers: Record<string, boolean | number> = {};
  for (const [id, choice] of Object.entries(choices)) answers[id] = choiceMeans(choice);
  for (const [id, typed] of Object.entries(numbers)) {
    const question = questionsById.get(id);
    const text = typed.trim();
    if (question === undefined || text === '' || numberProblem(question, text) !== null) continue;
    answers[id] = Number(text);
  }
  return answers;
}

/**
 * After a reported change only the red-flag questions are asked again: their old answers are
 * dropped and the new ones join the rest of the last screen.
 */
export function withFreshRedFlags(previous: Answers, fresh: Answers): Answers {
  const kept = Object.entries(previous).filter(([id]) => !redFlagQuestionIds.has(id));
  return { ...Object.fromEntries(kept), ...fresh };
}

/** True as soon as the answers so far already mean emergency: the rest need not be asked. */
export function needsEmergencyHelp(answers: Answers): boolean {
  return triage(answers).level === 'emergency';
}
