// Builds the personal plan: safety screen and matcher first, then the article's order (psoas and
// piriformis releases when the check hints at them, steps 1, 2, 3, extra points, a movement),
// fitted to the tools, place, size, precautions and minutes. Pure: same request, same plan.
import type {
  AppliedPrecaution,
  DroppedItem,
  PlanInput,
  PlanResponse,
  PlanStep,
} from '../contracts/plan.js';
import { matchTriggerPoints } from '../match/match.js';
import { triage } from '../triage/triage.js';
import { type PlanContent, planContent } from './content.js';
import { defaultMinutes, fitToMinutes, minutesOf, planMs } from './estimate.js';
import { movementStep, releaseSteps } from './mobilisation-steps.js';
import { offerOf } from './offer.js';
import { overloadTips } from './overload-tips.js';
import { type PlannedStep, pointSteps } from './point-steps.js';
import { planChangeWords } from './precaution-words.js';
import { readPsoasCheck } from './psoas-check.js';
import { closedRegions } from './skip-areas.js';

const timeReasons: Readonly<Record<PlannedStep['role'], string>> = {
  point: 'Other points rank higher for your pain.',
  movement: 'The point work came first.',
  piriformis: 'The psoas release and the top point came first.',
  psoas: 'The top point came first.',
};

function droppedForTime(planned: PlannedStep, minutes: number): DroppedItem {
  const { step } = planned;
  return {
    kind: step.kind === 'trigger-point' ? 'trigger-point' : 'mobilisation',
    id: step.id,
    triggerPoint: step.triggerPoint,
    side: step.side,
    because: 'time',
    precautions: [],
    reason: `Left out to fit your ${minutes} minutes. ${timeReasons[planned.role]}`,
  };
}

/** Each precaution from the screen, with what it changed in this plan. */
function appliedPrecautions(
  precautions: PlanResponse['precautions'],
  steps: readonly PlanStep[],
  dropped: readonly DroppedItem[],
  markedAreas: number,
): AppliedPrecaution[] {
  // Triage names each question on its own; the plan applies each precaution id once.
  const ids = [...new Set(precautions.map((precaution) => precaution.id))];
  const applied = ids.map((id) => {
    const asked = precautions.filter((precaution) => precaution.id === id);
    return {
      id,
      questions: asked.map((precaution) => precaution.question),
      change: planChangeWords(id, markedAreas, asked[0]?.change ?? ''),
      stepsChanged: steps.filter((step) => step.precautions.some((p) => p.id === id)).length,
      leftOut: dropped.filter((item) => item.precautions.includes(id)).length,
    };
  });
  const skipAsked = precautions.some(
    (p) => p.id === 'skip-marked-area' || p.id === 'avoid-operated-area',
  );
  if (markedAreas === 0 || skipAsked) return applied;
  // Areas marked without a safety answer asking for it are still kept clear.
  return [
    ...applied,
    {
      id: 'skip-marked-area',
      questions: [],
      change: planChangeWords('skip-marked-area', markedAreas, ''),
      stepsChanged: steps.filter((step) =>
        step.precautions.some((p) => p.id === 'skip-marked-area'),
      ).length,
      leftOut: dropped.filter((item) => item.because === 'skipped-area').length,
    },
  ];
}

/**
 * The plan for one request. When the safety screen stops self-care the plan has no steps and
 * its reasons say what to do instead. Otherwise every step uses only offered tools (the hands
 * always) and places, no step breaks a precaution, steps keep the article's order, and the
 * estimate fits the minutes chosen (whole minutes, `defaultMinutes` when none are given).
 */
export function buildPlan(request: PlanInput, content: PlanContent = planContent): PlanResponse {
  const screen = triage(request.answers);
  const minutes = request.preferences.minutes ?? defaultMinutes;
  const psoas = readPsoasCheck(request.psoasCheck);
  const common = {
    level: screen.level,
    selfCareAllowed: screen.selfCareAllowed,
    reasons: screen.reasons,
    precautions: screen.precautions,
    nextStep: screen.nextStep,
    when: screen.when,
    minutes,
    psoas,
  };
  if (!screen.selfCareAllowed) {
    return {
      ...common,
      steps: [],
      estimatedMinutes: 0,
      precautionsApplied: [],
      dropped: [],
      tips: [],
    };
  }

  const skip = request.skipRegions ?? [];
  const context = {
    content,
    offer: offerOf(request.preferences),
    precautions: new Set(screen.precautions.map((precaution) => precaution.id)),
    closed: closedRegions(skip),
    painfulSide: request.preferences.painfulSide,
  };
  const matches = matchTriggerPoints(request.regions, content.triggerPoints);
  const releases = releaseSteps(psoas, context);
  const points = pointSteps(matches, context);
  const movement = movementStep(points.planned, psoas, context);
  const planned = [...releases.planned, ...points.planned, ...(movement ? [movement] : [])];

  // Whole minutes, so a budget such as 7.5 still gives an estimate within it.
  const budget = Math.floor(minutes);
  const fitted = fitToMinutes(planned, budget);
  const steps = fitted.kept.map((timed) => timed.step);
  const dropped = [
    ...releases.dropped,
    ...points.dropped,
    ...fitted.dropped.map((timed) => droppedForTime(timed, budget)),
  ];
  return {
    ...common,
    steps,
    estimatedMinutes: minutesOf(planMs(steps)),
    precautionsApplied: appliedPrecautions(screen.precautions, steps, dropped, skip.length),
    dropped,
    tips: overloadTips(request.overload ?? {}, content.causes),
  };
}
