// The server's refusal of a plan in plain words: each problem names the step by its number
// and title ("Step 3, Buttock point on a ball: ..."), so the therapist knows what to change.
import type { ErrorDetails } from '../../../core/contracts/error.js';
import type { DraftStep } from './plan-draft.js';

export interface StepProblem {
  /** The step's key in the draft; null for a problem with the whole plan. */
  readonly key: string | null;
  readonly text: string;
}

/** "steps[2].dose.seconds" or "steps.2.dose" -> 2; anything else -> null. */
export function stepIndexOf(path: string): number | null {
  const found = /^steps(?:\[(\d+)\]|\.(\d+))/.exec(path);
  if (found === null) return null;
  return Number(found[1] ?? found[2]);
}

/** The part of a step a path names, as a subject for the server's "must be ..." words. */
const stepFieldWords: readonly (readonly [RegExp, string])[] = [
  [/\.dose\.seconds$/, 'Seconds'],
  [/\.dose\.reps$/, 'Times'],
  [/\.dose\.mode$/, 'The kind of dose'],
  [/\.technique$/, 'The technique'],
  [/\.tools/, 'The tool'],
  [/\.place$/, 'The place'],
  [/\.side$/, 'The side'],
  [/\.triggerPoints?(\[\d+\])?$/, 'The point'],
  [/\.id$/, 'The movement'],
  [/\.note$/, 'The note'],
];

/** The server's words for one step, without repeating the step's name or the rule's id. */
function stepWords(path: string, message: string): string {
  const rule = /breaks the rule "[^"]+": (.*)$/s.exec(message);
  if (rule) return `it breaks a safety limit. ${rule[1]}`;
  const field = stepFieldWords.find(([pattern]) => pattern.test(path))?.[1];
  return field === undefined ? message : `${field} ${message}`;
}

const fieldWords: readonly (readonly [RegExp, string])[] = [
  [/^note$/, 'The plan note'],
  [/^sessionsPerWeek$/, 'Sessions per week'],
  [/^steps$/, 'The list of steps'],
];

export function refusalProblems(
  details: ErrorDetails | undefined,
  fallback: string,
  steps: readonly DraftStep[],
): StepProblem[] {
  const issues = details?.issues ?? [];
  if (issues.length === 0) return [{ key: null, text: fallback }];
  return issues.map((issue) => {
    const index = stepIndexOf(issue.path);
    const entry = index === null ? undefined : steps[index];
    if (index !== null && entry !== undefined) {
      const title = entry.step.title;
      return {
        key: entry.key,
        text: `Step ${index + 1}, ${title}: ${stepWords(issue.path, issue.message)}`,
      };
    }
    const field = fieldWords.find(([pattern]) => pattern.test(issue.path))?.[1];
    return { key: null, text: field === undefined ? issue.message : `${field}: ${issue.message}` };
  });
}
