// The psoas self-check as a short guided flow (S09): get ready, look at the feet, look at the
// shoulders, then read what it may suggest. Plain data; the page draws it.
import type { PsoasCheck } from '../../../core/contracts/plan.js';

export type CheckStage = 'ready' | 'feet' | 'shoulders' | 'result';
export const checkStages: readonly CheckStage[] = ['ready', 'feet', 'shoulders', 'result'];

export type FootAnswer = PsoasCheck['footTurnsOut'];
export type ShoulderAnswer = PsoasCheck['shoulderLower'];

export interface CheckAnswers {
  readonly foot: FootAnswer | null;
  readonly shoulder: ShoulderAnswer | null;
}

export const noAnswers: CheckAnswers = { foot: null, shoulder: null };

export const footChoices = [
  { value: 'left', name: 'My left foot' },
  { value: 'right', name: 'My right foot' },
  { value: 'both', name: 'Both turn out' },
  { value: 'none', name: 'Neither, they look the same' },
] as const satisfies readonly { value: FootAnswer; name: string }[];

export const shoulderChoices = [
  { value: 'left', name: 'My left shoulder' },
  { value: 'right', name: 'My right shoulder' },
  { value: 'none', name: 'Neither, they look level' },
] as const satisfies readonly { value: ShoulderAnswer; name: string }[];

export const stageAfter = (stage: CheckStage): CheckStage =>
  checkStages[Math.min(checkStages.indexOf(stage) + 1, checkStages.length - 1)]!;

/** The stage before, or null on the first (Back then leaves the check). */
export const stageBefore = (stage: CheckStage): CheckStage | null =>
  checkStages[checkStages.indexOf(stage) - 1] ?? null;

/** What holds the way on at this stage: a look with no answer yet. */
export function stageProblem(stage: CheckStage, answers: CheckAnswers): string | null {
  if (stage === 'feet' && answers.foot === null) {
    return 'Pick what you see, or skip the check.';
  }
  if (stage === 'shoulders' && answers.shoulder === null) {
    return 'Pick what you see, or skip the check.';
  }
  return null;
}

/** The answers as the plan takes them; a look left open counts as "none". */
export const checkFrom = (answers: CheckAnswers): PsoasCheck => ({
  footTurnsOut: answers.foot ?? 'none',
  shoulderLower: answers.shoulder ?? 'none',
});

/** Answers from a check kept on the device, so coming back shows what was chosen. */
export const answersFrom = (check: PsoasCheck | null | undefined): CheckAnswers =>
  check ? { foot: check.footTurnsOut, shoulder: check.shoulderLower } : noAnswers;
