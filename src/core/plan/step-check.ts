// The last safety check every plan step must pass, whoever made it (the plan builder, a
// therapist's edit, a plan from history): does it break a limit in force? A step that fails is
// dropped from a plan, or refused, naming the limit. No technique choice can get past it.
import type { Mobilisation, Technique, TriggerPoint } from '../../content/schema.js';
import type { RegionId } from '../body/regions.js';
import { isBackOfTrunk } from '../body/trunk.js';
import type { PlanStep } from '../contracts/plan.js';
import type { Answers, TriagePrecaution } from '../contracts/triage.js';
import type { ToolId } from '../spec/index.js';
import { type PlanContent, planContent } from './content.js';
import { entryById } from './content-index.js';
import { activeLimits } from './limits.js';
import {
  type LimitId,
  limitIds,
  mobilisationBreaks,
  type Precautions,
  techniqueBreaks,
  toolBreaks,
} from './precautions.js';
import { closedRegions, pressedRegions, touchesClosed } from './skip-areas.js';

/** Everything the check needs to know of the person: built once per plan by stepRulesFor. */
export interface StepRules {
  /** From activeLimits: the screen's precautions, fragile bones from 65, a gentle start from pain 8. */
  readonly limits: Precautions;
  /** False while the latest screen stops self-care: then every step breaks the stop. */
  readonly selfCareAllowed: boolean;
  /** Regions marked to keep clear and their neighbours (closedRegions). */
  readonly closed: ReadonlySet<string>;
  /** True once the person has named the areas to keep clear (skipRegions not empty). */
  readonly areasMarked: boolean;
}

/**
 * The rules for one person, from their latest screen (answers and its result) and the areas
 * they marked to keep clear: what the plan builder uses, and what a therapist's edit must use.
 */
export function stepRulesFor(input: {
  readonly answers: Answers;
  readonly screen: {
    readonly selfCareAllowed: boolean;
    readonly precautions: readonly Pick<TriagePrecaution, 'id'>[];
  };
  readonly skipRegions?: readonly RegionId[];
}): StepRules {
  const skip = input.skipRegions ?? [];
  return {
    limits: activeLimits(input.answers, input.screen.precautions),
    selfCareAllowed: input.screen.selfCareAllowed,
    closed: closedRegions(skip),
    areasMarked: skip.length > 0,
  };
}

/** What a step breaks: a limit, the stop, or an entry the content does not know. */
export type BreachId = LimitId | 'stop' | 'unknown-entry';

export interface Breach {
  readonly id: BreachId;
  /** Why the step may not be done, plainly, naming the limit. */
  readonly message: string;
}

/** The parts of a step the check reads: what it is, what it presses with, which points. */
export type CheckedStep = Pick<PlanStep, 'kind' | 'id' | 'technique' | 'triggerPoint' | 'tools'> & {
  readonly triggerPoints?: readonly string[];
};

/** Precautions about the pressing site itself (safety-screen.json). */
export const siteLimits = ['skip-marked-area', 'avoid-operated-area'] as const;

/** A site precaution is active and no area is named yet: nothing may press at all. */
export const areasStillToMark = (rules: StepRules): LimitId[] =>
  rules.areasMarked ? [] : siteLimits.filter((id) => rules.limits.has(id));

/** The id a marked area goes by: the operated area when that is the only reason to skip. */
export const skipIdOf = (limits: Precautions): LimitId =>
  limits.has('avoid-operated-area') && !limits.has('skip-marked-area')
    ? 'avoid-operated-area'
    : 'skip-marked-area';

/**
 * Limits broken by pressing these regions: any pressure before the areas are marked, a marked
 * area or its neighbour, and the back of the trunk (sacrum, sacroiliac joints and iliac crest
 * included) after spine surgery (API contract, POST /api/plan).
 */
export function pressureBreaks(pressed: readonly string[], rules: StepRules): LimitId[] {
  const broken = new Set<LimitId>(areasStillToMark(rules));
  if (touchesClosed(pressed, rules.closed)) broken.add(skipIdOf(rules.limits));
  if (rules.limits.has('avoid-operated-area') && pressed.some(isBackOfTrunk)) {
    broken.add('avoid-operated-area');
  }
  return limitIds.filter((id) => broken.has(id));
}

/**
 * A mobilisation that presses on the body (a bolster under the sacrum) is pressure too. Its
 * content names body areas, not regions, so with any area to keep clear it is left out.
 */
export function mobilisationPressureBreaks(
  mobilisation: Mobilisation,
  rules: StepRules,
): LimitId[] {
  if (mobilisation.pressesOver.length === 0) return [];
  const broken = new Set<LimitId>(areasStillToMark(rules));
  if (rules.closed.size > 0) broken.add(skipIdOf(rules.limits));
  return limitIds.filter((id) => broken.has(id));
}

/** Every limit a point step with this technique, these tools and these points breaks. */
export function techniqueStepBreaks(
  technique: Technique,
  tools: readonly ToolId[],
  worked: readonly TriggerPoint[],
  rules: StepRules,
  points: readonly TriggerPoint[],
): LimitId[] {
  const broken = new Set<LimitId>([
    ...techniqueBreaks(technique, rules.limits),
    ...tools.flatMap((tool) => toolBreaks(tool, rules.limits)),
    ...pressureBreaks(pressedRegions(technique, points, worked), rules),
  ]);
  return limitIds.filter((id) => broken.has(id));
}

/** Every limit a mobilisation breaks. */
export const mobilisationStepBreaks = (mobilisation: Mobilisation, rules: StepRules): LimitId[] => {
  const broken = new Set<LimitId>([
    ...mobilisationBreaks(mobilisation, rules.limits),
    ...mobilisationPressureBreaks(mobilisation, rules),
  ]);
  return limitIds.filter((id) => broken.has(id));
};

/** Why a step breaks each limit, in plain words (sources as in safety-screen.json). */
export const breachWords: Readonly<Record<BreachId, string>> = {
  stop: 'Your safety answers stop self-treatment for now, so no step may be done.',
  'unknown-entry': 'This step names a point, technique or movement Unknot does not know.',
  'gentle-pressure':
    'You bruise and bleed more easily, so no full body weight on a ball or block, and no firm ball.',
  'gentle-pressure-no-heat':
    'Some of your skin has less feeling, so pressure stays light: no body weight, no firm ball.',
  'fragile-bones': 'To keep thin bones safe, your body weight never goes onto a ball or block.',
  pregnancy:
    'In pregnancy, you do not lie flat on your back. Nothing presses your belly. No ball takes your weight at the waist.',
  'no-belly-pressure': 'No pressure on your belly, groin or psoas.',
  'no-leg-pressure': 'Nothing may press on your legs while a clot is possible.',
  'skip-marked-area':
    'It presses on or next to an area to keep clear, or the areas are not marked yet.',
  'avoid-operated-area':
    'Your spine had surgery less than 3 months ago. So nothing presses on your back, and you do not twist or bend it. Nothing presses at all until you mark the area.',
  'start-gentle':
    'Your pain is 8 or more, so you start gently: no full body weight on a ball or block.',
};

const breach = (id: BreachId): Breach => ({ id, message: breachWords[id] });

/**
 * Does this step break a limit in force? Empty when it may be done. The plan builder runs it
 * on every step it makes; the therapist's plan editor runs it to refuse a step, naming the
 * limit. An advice step never presses or moves, so only the stop applies to it.
 */
export function stepBreaches(
  step: CheckedStep,
  rules: StepRules,
  content: Pick<PlanContent, 'techniques' | 'mobilisations' | 'triggerPoints'> = planContent,
): Breach[] {
  if (!rules.selfCareAllowed) return [breach('stop')];
  if (step.kind === 'advice') return [];
  if (step.kind === 'mobilisation') {
    const mobilisation = entryById(content.mobilisations, step.id);
    if (mobilisation === undefined) return [breach('unknown-entry')];
    return mobilisationStepBreaks(mobilisation, rules).map(breach);
  }
  const technique = entryById(content.techniques, step.technique ?? '');
  const ids = step.triggerPoints?.length ? step.triggerPoints : [step.triggerPoint ?? ''];
  const worked = ids.map((id) => entryById(content.triggerPoints, id));
  if (technique === undefined || worked.some((point) => point === undefined)) {
    return [breach('unknown-entry')];
  }
  return techniqueStepBreaks(
    technique,
    step.tools,
    worked as TriggerPoint[],
    rules,
    content.triggerPoints,
  ).map(breach);
}
