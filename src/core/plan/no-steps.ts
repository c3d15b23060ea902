// When a plan holds no steps it always says why, plainly: the screen stopped self-care, the map
// is only on the front of the trunk, the areas to keep clear are not marked yet, or nothing fits.
import type { MarkAreas, NoSteps, PlanStep } from '../contracts/plan.js';
import type { TriageReason } from '../contracts/triage.js';
import type { Level } from '../spec/index.js';
import { markAreasWords } from './precaution-words.js';
import type { LimitId } from './precautions.js';

/** The plan's own reason id for a map marked only on the front of the trunk. */
export const frontOfTrunkRule = 'front-of-trunk-map';

const frontWhy =
  'Pain only at the front of your body, such as the chest, belly or groin, can come from the organs there, not from back muscles. A doctor should check it before you treat it yourself.';

/**
 * The reason a front-of-trunk map gets no steps (API contract, POST /api/plan). Sources: NICE
 * CKS low back pain lists belly and chest organs among the causes to rule out; NHS back pain.
 */
export const frontOfTrunkReason = (level: Level): TriageReason => ({
  question: frontOfTrunkRule,
  rule: frontOfTrunkRule,
  conditionsMet: [],
  message: `See a doctor soon. ${frontWhy} If you have chest pain or trouble breathing, get emergency help now.`,
  level,
  when: 'soon',
  stopsSelfCare: false,
  why: frontWhy,
  tell: 'where the pain is and when it began',
  sources: [
    'NICE CKS, Back pain - low (without radiculopathy) (2018)',
    'NHS, Back pain: when to get help (nhs.uk)',
  ],
});

/** Set while a site precaution is active and no area is named: nothing presses until then. */
export function markAreasFor(unmarked: readonly LimitId[]): MarkAreas | null {
  if (unmarked.length === 0) return null;
  return { precautions: [...unmarked], message: markAreasWords };
}

const words: Readonly<Record<NoSteps['because'], string>> = {
  stopped:
    'Your safety answers stop self-treatment for now, so there is no plan. Do what the result says first.',
  'front-of-trunk': `There is no plan for this map. ${frontWhy}`,
  'mark-areas': `There is nothing to press yet. ${markAreasWords}`,
  'nothing-fits':
    'No step fits what you have today and what is safe for you. The list of what was left out says why for each one.',
};

export const noStepsOf = (because: NoSteps['because']): NoSteps => ({
  because,
  message: words[because],
});

/** Null when there are steps; otherwise why there are none. */
export function noStepsFor(
  steps: readonly PlanStep[],
  unmarked: readonly LimitId[],
): NoSteps | null {
  if (steps.length > 0) return null;
  return noStepsOf(unmarked.length > 0 ? 'mark-areas' : 'nothing-fits');
}
