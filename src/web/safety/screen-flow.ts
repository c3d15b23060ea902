// The safety screen's steps as plain data: which topics to ask, which may be shown, what the
// person's taps and typed numbers mean as triage answers, and when to stop at once.
import {
  type SafetyQuestion,
  type SafetyTopic,
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

export const redFlagTopics: readonly SafetyTopic[] = safetyTopics.filter(
  (topic) =>
    redFlagGroups.has(topic.group) ||
    topic.questions.some((question) => askedAgainAfterAChange.has(question.id)),
);

const redFlagQuestionIds: ReadonlySet<string> = new Set(
  redFlagTopics.flatMap((topic) => topic.questions.map((question) => question.id)),
);

export function topicsFor(mode: ScreenMode): readonly SafetyTopic[] {
  return mode === 'full' ? safetyTopics : redFlagTopics;
}

/** Short names other screens may link with, e.g. the body map's `/safety?topic=nerves`. */
const topicAliases: Readonly<Record<string, string>> = { nerves: 'nerve-signs' };

/** True for the body map's way in (`?topic=nerves`), which counts as a reported change. */
export function asksForNerveQuestions(search: string): boolean {
  return new URLSearchParams(search).get('topic') === 'nerves';
}

/** The topic a `?topic=` address asks for, as an index into `topics`; the first when unknown. */
export function topicIndexFrom(search: string, topics: readonly SafetyTopic[]): number {
  const asked = new URLSearchParams(search).get('topic') ?? '';
  const id = topicAliases[asked] ?? asked;
  return Math.max(
    0,
    topics.findIndex((topic) => topic.id === id),
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

/** Questions of a topic still waiting for an answer, in screen order. */
export function openQuestions(
  topic: SafetyTopic,
  choices: Choices,
  numbers: TypedNumbers,
): SafetyQuestion[] {
  return topic.questions.filter((question) =>
    question.answer.kind === 'yes-no'
      ? choices[question.id] === undefined
      : requiredNumbers.has(question.id) && (numbers[question.id] ?? '').trim() === '',
  );
}

/** Whether Next may leave this topic: every question answered and every number usable. */
export function topicComplete(topic: SafetyTopic, choices: Choices, numbers: TypedNumbers) {
  return (
    openQuestions(topic, choices, numbers).length === 0 &&
    topic.questions.every((question) => numberProblem(question, numbers[question.id]) === null)
  );
}

/**
 * The topic that may be shown: the one asked for, or an earlier one still open. After a reload
 * the answers are gone, so the screen starts again rather than counting unseen questions as no.
 */
export function reachableIndex(
  topics: readonly SafetyTopic[],
  asked: number,
  choices: Choices,
  numbers: TypedNumbers,
): number {
  const firstOpen = topics.findIndex((topic) => !topicComplete(topic, choices, numbers));
  const last = topics.length - 1;
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
