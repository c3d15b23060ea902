// An assigned plan in plain words: whose it is, how big, how often.
import { plural } from '../plan/plan-words.js';
import type { MyAssignedPlan } from './use-my-assigned-plans.js';

/** "Your plan from Dr Ana Lopez". */
export const fromWords = (plan: Pick<MyAssignedPlan, 'therapist'>): string =>
  `Your plan from ${plan.therapist.displayName}`;

/** "4 steps, about 12 minutes, 3 times a week". */
export function assignedSizeWords(
  plan: Pick<MyAssignedPlan, 'steps' | 'estimatedMinutes' | 'sessionsPerWeek'>,
): string {
  const often =
    plan.sessionsPerWeek === 1
      ? 'once a week'
      : plan.sessionsPerWeek === 2
        ? 'twice a week'
        : `${plan.sessionsPerWeek} times a week`;
  return `${plural(plan.steps.length, 'step', 'steps')}, about ${plural(plan.estimatedMinutes, 'minute', 'minutes')}, ${often}`;
}
