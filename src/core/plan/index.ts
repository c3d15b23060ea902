// The plan builder's public face: a personal, ordered, dosed plan from a pain map, the safety
// screen, preferences and the psoas check, plus tips from the overload self-review.
export { buildPlan, type PlanExtras } from './build-plan.js';
export { type PlanContent, planContent } from './content.js';
export { defaultMinutes, minutesOf, planMs, stepMs } from './estimate.js';
export type { LearnedPoints, LearningContext, PointLearning, PointsSoFar } from './learning.js';
export {
  activeLimits,
  fragileBonesFromAge,
  gentleFromPain,
} from './limits.js';
export { overloadTips } from './overload-tips.js';
export { extraPointShare, type PlannedStep, type PointContext, pointSteps } from './point-steps.js';
export {
  gentleHoldSeconds,
  holdSecondsFor,
  type LimitId,
  limitIds,
  mobilisationBreaks,
  type PrecautionId,
  techniqueBreaks,
} from './precautions.js';
export { readPsoasCheck } from './psoas-check.js';
export {
  areasStillToMark,
  type Breach,
  type BreachId,
  breachWords,
  type CheckedStep,
  type StepRules,
  siteLimits,
  stepBreaches,
  stepRulesFor,
} from './step-check.js';
export { depthOf } from './technique-choice.js';
