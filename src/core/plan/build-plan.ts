// Builds the personal plan: safety screen and matcher first, then the article's order (psoas and
// piriformis releases when the check hints at them, steps 1, 2, 3, extra points, a movement),
// fitted to the tools, place, size, precautions and minutes. Pure: same request, same plan.

import { onlyFrontOfTrunk } from '../body/trunk.js';
import type {
  AppliedPrecaution,
  DroppedItem,
  PlanInput,
  PlanResponse,
  PlanStep,
} from '../contracts/plan.js';
import { type FoundPoint, rankWithFindings } from '../match/found-points.js';
import { matchTriggerPoints } from '../match/match.js';
import { triage } from '../triage/triage.js';
import { type PlanContent, planContent } from './content.js';
import { defaultMinutes, fitToMinutes, minutesOf, planMs } from './estimate.js';
import type { PointLearning } from './learning.js';
import { withoutReportedHarm } from './left-out.js';
import { movementStep, releaseSteps } from './mobilisation-steps.js';
import { frontOfTrunkReason, markAreasFor, noStepsFor, noStepsOf } from './no-steps.js';
import { offerOf } from './offer.js';
import { overloadTips } from './overload-tips.js';
import { type PlannedStep, pointSteps } from './point-steps.js';
import { planChangeWords } from './precaution-words.js';
import { readPsoasCheck } from './psoas-check.js';
import { areasStillToMark, type StepRules, stepBreaches, stepRulesFor } from './step-check.js';

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

/**
 * Each limit in force, with what it changed in this plan: the screen's precautions (each id
 * once, with every question that asked for it), then the plan's own (fragile bones from age 65,
 * a gentle start from pain 8), then marked areas that no answer asked for.
 */
function appliedPrecautions(
  precautions: PlanResponse['precautions'],
  limits: ReadonlySet<string>,
  steps: readonly PlanStep[],
  dropped: readonly DroppedItem[],
  markedAreas: number,
): AppliedPrecaution[] {
  const fromScreen = [...new Set(precautions.map((precaution) => precaution.id))];
  const planOwn = [...limits].filter((id) => !fromScreen.includes(id));
  const questionsFor = (id: string): string[] => {
    const asked = precautions.filter((p) => p.id === id).map((p) => p.question);
    if (asked.length > 0) return asked;
    return id === 'start-gentle' ? ['pain-now'] : id === 'fragile-bones' ? ['age'] : [];
  };
  const entry = (id: string) => ({
    id,
    questions: questionsFor(id),
    change: planChangeWords(id, markedAreas, precautions.find((p) => p.id === id)?.change ?? ''),
    stepsChanged: steps.filter((step) => step.precautions.some((p) => p.id === id)).length,
    leftOut: dropped.filter((item) => item.precautions.includes(id)).length,
  });
  const applied = [...fromScreen, ...planOwn].map(entry);
  const skipAsked = limits.has('skip-marked-area') || limits.has('avoid-operated-area');
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

/** What a plan may weigh beyond its request: the findings of the person's linked therapists. */
export interface PlanExtras {
  readonly findings?: readonly FoundPoint[];
  /** The person's own sessions (plans that learn): reshapes the point steps. */
  readonly learn?: PointLearning;
}

/**
 * The plan for one request. When the safety screen stops self-care the plan has no steps and
 * its reasons say what to do instead. Otherwise every step uses only offered tools (the hands
 * always) and places, no step breaks a precaution, steps keep the article's order, and the
 * estimate fits the minutes chosen (whole minutes, `defaultMinutes` when none are given).
 * `learn` (the person's own sessions) reshapes the point steps before the final check.
 */
export function buildPlan(
  request: PlanInput,
  content: PlanContent = planContent,
  extras: PlanExtras = {},
): PlanResponse {
  const screen = triage(request.answers, request.clearance);
  const minutes = request.preferences.minutes ?? defaultMinutes;
  const psoas = readPsoasCheck(request.psoasCheck);
  const frontOnly = onlyFrontOfTrunk(request.regions.map((mark) => mark.id));
  const common = {
    level: screen.level,
    selfCareAllowed: screen.selfCareAllowed,
    reasons: screen.reasons,
    precautions: screen.precautions,
    nextStep: screen.nextStep,
    when: screen.when,
    ...(screen.clearance ? { clearance: screen.clearance } : {}),
    minutes,
    psoas,
  };
  const empty = {
    steps: [],
    estimatedMinutes: 0,
    precautionsApplied: [],
    dropped: [],
    tips: [],
    markAreas: null,
  };
  if (!screen.selfCareAllowed) return { ...common, ...empty, noSteps: noStepsOf('stopped') };
  if (frontOnly) {
    // A map only on the front of the trunk gets no back plan, and a reason to see a clinician.
    const reason = frontOfTrunkReason(screen.level);
    const sooner = screen.when !== null && screen.when !== 'soon';
    return {
      ...common,
      ...empty,
      reasons: [...screen.reasons, reason],
      when: sooner ? screen.when : 'soon',
      nextStep: sooner ? screen.nextStep : { when: 'soon', message: reason.message },
      noSteps: noStepsOf('front-of-trunk'),
    };
  }

  const skip = request.skipRegions ?? [];
  const rules = stepRulesFor({ answers: request.answers, screen, skipRegions: skip });
  const { limits, closed } = rules;
  const context = {
    content,
    offer: offerOf(request.preferences),
    precautions: limits,
    closed,
    rules,
    painfulSide: request.preferences.painfulSide,
  };
  // A point the therapist found tender ranks above the map's guesses (rankWithFindings).
  const matches = rankWithFindings(
    matchTriggerPoints(request.regions, content.triggerPoints),
    extras.findings ?? [],
    content.triggerPoints,
  );
  const releases = releaseSteps(psoas, context);
  const mapPoints = pointSteps(matches, context);
  const learn = extras.learn;
  const points = learn ? learn(mapPoints, { matches, choice: context }) : mapPoints;
  const movement = movementStep(points.planned, psoas, context);
  // The last word: every step passes the same check a therapist's step must pass.
  const checked = finalCheck(
    [...releases.planned, ...points.planned, ...(movement ? [movement] : [])],
    rules,
    content,
  );

  // A step reported as harmful stays out until the person brings it back (a hard rule).
  const unharmed = withoutReportedHarm(checked.kept, request.leaveOut, content);

  // Whole minutes, so a budget such as 7.5 still gives an estimate within it.
  const budget = Math.floor(minutes);
  const fitted = fitToMinutes(unharmed.kept, budget);
  const steps = fitted.kept.map((timed) => timed.step);
  const dropped = [
    ...releases.dropped,
    ...points.dropped,
    ...checked.dropped,
    ...unharmed.dropped,
    ...fitted.dropped.map((timed) => droppedForTime(timed, budget)),
  ];
  const unmarked = areasStillToMark(rules);
  return {
    ...common,
    steps,
    estimatedMinutes: minutesOf(planMs(steps)),
    precautionsApplied: appliedPrecautions(screen.precautions, limits, steps, dropped, skip.length),
    dropped,
    tips: overloadTips(request.overload ?? {}, content.causes),
    noSteps: noStepsFor(steps, unmarked),
    markAreas: markAreasFor(unmarked),
    ...('tryAndCompare' in points && points.tryAndCompare
      ? { tryAndCompare: points.tryAndCompare }
      : {}),
  };
}

/** Runs stepBreaches on every planned step; a step that fails is dropped, naming the limits. */
function finalCheck(
  planned: readonly PlannedStep[],
  rules: StepRules,
  content: PlanContent,
): { kept: PlannedStep[]; dropped: DroppedItem[] } {
  const kept: PlannedStep[] = [];
  const dropped: DroppedItem[] = [];
  for (const item of planned) {
    const breaches = stepBreaches(item.step, rules, content);
    if (breaches.length === 0) {
      kept.push(item);
      continue;
    }
    const { step } = item;
    dropped.push({
      kind: step.kind === 'trigger-point' ? 'trigger-point' : 'mobilisation',
      id: step.id,
      triggerPoint: step.triggerPoint,
      side: step.side,
      because: 'precaution',
      precautions: breaches.map((breach) => breach.id),
      reason: breaches.map((breach) => breach.message).join(' '),
    });
  }
  return { kept, dropped };
}
