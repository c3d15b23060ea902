// Checks a plan a therapist assigns, step by step, against the content (a known point, technique,
// movement, tool and place; a dose within safe bounds) and the client's current limits (the same
// stepBreaches the plan builder runs), and fills in each step's title, cues and time from content.
import type { Mobilisation, Technique } from '../../content/schema.js';
import type { ValidationIssue } from '../contracts/issues.js';
import type { AssignedPlanRequest, AssignedStep, OnHold } from '../contracts/therapist-work.js';
import { type PlanContent, planContent } from '../plan/content.js';
import { stepMs } from '../plan/estimate.js';
import { breachWords, type StepRules, stepBreaches } from '../plan/step-check.js';
import { err, ok, type Result } from '../result.js';

/** Holds a therapist may set: the article's 10 s up to the 90 s of the gentle-hold studies. */
export const HOLD_SECONDS = { min: 10, max: 90 } as const;
/** Repetitions a therapist may set for a point: the article's 3 to 4, with room either side. */
export const REPS = { min: 1, max: 6 } as const;
/** A lying position or traction is kept to 10 minutes (night-traction in the content). */
export const POSITION_MAX_SECONDS = 600;

type StepInput = AssignedPlanRequest['steps'][number];

const where = (index: number, field = '') => `steps[${index}]${field}`;

const issue = (path: string, code: string, message: string): ValidationIssue => ({
  path,
  code,
  message,
});

/** A range check on one number of a dose, as an issue naming the field. */
function outOfBounds(
  index: number,
  field: 'seconds' | 'reps',
  value: number,
  bounds: { readonly min: number; readonly max: number },
): ValidationIssue[] {
  if (value >= bounds.min && value <= bounds.max) return [];
  const unit = field === 'seconds' ? 'seconds' : 'times';
  return [
    issue(
      where(index, `.dose.${field}`),
      'dose_out_of_bounds',
      `must be from ${bounds.min} to ${bounds.max} ${unit} for this step (it is ${value}).`,
    ),
  ];
}

function pointStepIssues(
  step: StepInput,
  index: number,
  content: Pick<PlanContent, 'techniques' | 'triggerPoints'>,
): { issues: ValidationIssue[]; technique?: Technique } {
  const issues: ValidationIssue[] = [];
  const worked = step.triggerPoints?.length ? step.triggerPoints : [step.triggerPoint ?? ''];
  const known = worked.every((id) => content.triggerPoints.some((point) => point.id === id));
  if (
    step.triggerPoint === null ||
    !content.triggerPoints.some((p) => p.id === step.triggerPoint)
  ) {
    issues.push(
      issue(where(index, '.triggerPoint'), 'unknown_point', 'is not a trigger point Unknot knows.'),
    );
  }
  for (const [at, id] of (step.triggerPoints ?? []).entries()) {
    if (!content.triggerPoints.some((point) => point.id === id)) {
      issues.push(
        issue(
          where(index, `.triggerPoints[${at}]`),
          'unknown_point',
          'is not a trigger point Unknot knows.',
        ),
      );
    }
  }
  const technique = content.techniques.find((entry) => entry.id === step.technique);
  if (technique === undefined) {
    issues.push(
      issue(where(index, '.technique'), 'unknown_technique', 'is not a technique Unknot knows.'),
    );
    return { issues };
  }
  if (known && worked.some((id) => !technique.treats.includes(id))) {
    issues.push(
      issue(
        where(index, '.technique'),
        'technique_mismatch',
        `"${technique.name}" does not work this point.`,
      ),
    );
  }
  const side = content.triggerPoints.find((point) => point.id === step.triggerPoint)?.side;
  if (worked.length === 1 && side !== undefined && step.side !== null && step.side !== side) {
    issues.push(
      issue(where(index, '.side'), 'side_mismatch', `must be ${side}, the side of this point.`),
    );
  }
  if (step.tools.length === 0 || step.tools.some((tool) => !technique.tools.includes(tool))) {
    issues.push(
      issue(
        where(index, '.tools'),
        'tool_mismatch',
        `must be tools this technique uses: ${technique.tools.join(', ')}.`,
      ),
    );
  }
  if (!technique.places.includes(step.place)) {
    issues.push(
      issue(
        where(index, '.place'),
        'place_mismatch',
        `must be one of ${technique.places.join(', ')}.`,
      ),
    );
  }
  if (step.dose.mode !== technique.dose.mode) {
    issues.push(issue(where(index, '.dose.mode'), 'dose_mode', `must be ${technique.dose.mode}.`));
  }
  issues.push(
    ...outOfBounds(index, 'seconds', step.dose.seconds, HOLD_SECONDS),
    ...outOfBounds(index, 'reps', step.dose.reps, REPS),
  );
  return { issues, technique };
}

/** The content's own dose stays allowed: a set of 10 slow movements is within its bounds. */
function mobilisationDoseIssues(step: StepInput, index: number, movement: Mobilisation) {
  const own = movement.dose;
  if (own.mode === 'position') {
    return [
      ...(step.dose.mode === 'position'
        ? []
        : [issue(where(index, '.dose.mode'), 'dose_mode', 'must be position.')]),
      ...outOfBounds(index, 'seconds', step.dose.seconds, {
        min: HOLD_SECONDS.min,
        max: POSITION_MAX_SECONDS,
      }),
      ...outOfBounds(index, 'reps', step.dose.reps, { min: 1, max: 1 }),
    ];
  }
  return [
    ...(step.dose.mode === 'hold'
      ? []
      : [issue(where(index, '.dose.mode'), 'dose_mode', 'must be hold.')]),
    ...outOfBounds(index, 'seconds', step.dose.seconds, {
      min: Math.min(HOLD_SECONDS.min, own.seconds),
      max: Math.max(HOLD_SECONDS.max, own.seconds),
    }),
    ...outOfBounds(index, 'reps', step.dose.reps, {
      min: REPS.min,
      max: Math.max(REPS.max, own.reps),
    }),
  ];
}

function mobilisationStepIssues(
  step: StepInput,
  index: number,
  content: Pick<PlanContent, 'mobilisations'>,
): { issues: ValidationIssue[]; movement?: Mobilisation } {
  const movement = content.mobilisations.find((entry) => entry.id === step.id);
  if (movement === undefined) {
    return {
      issues: [issue(where(index, '.id'), 'unknown_movement', 'is not a movement Unknot knows.')],
    };
  }
  const issues: ValidationIssue[] = [];
  if (step.triggerPoint !== null || step.technique !== null) {
    issues.push(
      issue(where(index), 'invalid_step', 'A movement names no trigger point or technique.'),
    );
  }
  if (step.tools.some((tool) => !movement.tools.includes(tool))) {
    issues.push(
      issue(
        where(index, '.tools'),
        'tool_mismatch',
        movement.tools.length === 0
          ? 'must be empty: this movement needs no tool.'
          : `must be tools this movement uses: ${movement.tools.join(', ')}.`,
      ),
    );
  }
  if (!movement.places.includes(step.place)) {
    issues.push(
      issue(
        where(index, '.place'),
        'place_mismatch',
        `must be one of ${movement.places.join(', ')}.`,
      ),
    );
  }
  issues.push(...mobilisationDoseIssues(step, index, movement));
  return { issues, movement };
}

const therapistWhy = 'Your therapist chose this step for you.';

/** A full step as the session player runs it: the therapist's choices, the content's words. */
function fullStep(
  step: StepInput,
  entry: { technique?: Technique; movement?: Mobilisation },
): AssignedStep {
  const source = entry.technique ?? entry.movement!;
  const once = step.side === null || step.side === 'both';
  const { switchSide: _other, ...onceCues } = source.cues;
  const base = {
    kind: step.kind,
    id: entry.technique ? (step.triggerPoint ?? step.id) : step.id,
    triggerPoint: step.triggerPoint,
    technique: step.technique,
    step: step.step,
    side: step.side,
    tools: [...step.tools],
    place: step.place,
    dose: { ...step.dose },
    why: step.why?.trim() ? step.why : therapistWhy,
    title: source.name,
    cues: entry.movement && once ? onceCues : { ...source.cues },
    triggerPoints: entry.technique
      ? step.triggerPoints?.length
        ? [...step.triggerPoints]
        : [step.triggerPoint ?? '']
      : [],
    score: null,
    precautions: [],
    safety: [...(source.safety ?? [])],
    estimatedSeconds: 0,
    note: step.note,
  } satisfies AssignedStep;
  return { ...base, estimatedSeconds: Math.round(stepMs(base) / 1000) };
}

/** The breaches that refuse a step: every limit, but not the stop (that puts the plan on hold). */
function limitIssues(step: AssignedStep, index: number, rules: StepRules, content: PlanContent) {
  return stepBreaches(step, { ...rules, selfCareAllowed: true }, content).map((breach) =>
    issue(
      where(index),
      'breaks_precaution',
      `Step ${index + 1} (${step.title}) breaks the rule "${breach.id}": ${breach.message}`,
    ),
  );
}

/**
 * The checked steps of an assigned plan, each filled in from content, or every problem found,
 * each naming its field (`steps[3].dose.seconds`) or its step and rule (`steps[2]`).
 */
export function checkAssignedSteps(
  steps: readonly StepInput[],
  rules: StepRules,
  content: PlanContent = planContent,
): Result<AssignedStep[], 'invalid_body'> {
  const issues: ValidationIssue[] = [];
  const checked: AssignedStep[] = [];
  for (const [index, step] of steps.entries()) {
    const found =
      step.kind === 'trigger-point'
        ? pointStepIssues(step, index, content)
        : step.kind === 'mobilisation'
          ? mobilisationStepIssues(step, index, content)
          : {
              issues: [
                issue(
                  where(index, '.kind'),
                  'invalid_step',
                  'must be trigger-point or mobilisation.',
                ),
              ],
            };
    if (found.issues.length > 0) {
      issues.push(...found.issues);
      continue;
    }
    const full = fullStep(step, found);
    const broken = limitIssues(full, index, rules, content);
    if (broken.length > 0) issues.push(...broken);
    else checked.push(full);
  }
  if (issues.length > 0) {
    return err('invalid_body', issues.map((i) => `${i.path} ${i.message}`).join(' '), { issues });
  }
  return ok(checked);
}

/** The client's latest safety check, as the hold needs it. */
export interface LatestScreen {
  readonly answeredAt: string;
  readonly selfCareAllowed: boolean;
}

/**
 * Whether an assigned plan may be done now: not while the latest safety check stops self-care,
 * not before any check, and not while a step breaks a limit set since the plan was made.
 */
export function onHoldOf(
  steps: readonly AssignedStep[],
  screen: LatestScreen | null,
  rules: StepRules | null,
  content: PlanContent = planContent,
): OnHold | null {
  if (screen === null || rules === null) {
    return {
      reason: 'no-safety-screen',
      since: null,
      message: 'Answer the safety check first. Then this plan can start.',
    };
  }
  if (!screen.selfCareAllowed) {
    return {
      reason: 'safety-stop',
      since: screen.answeredAt,
      message: `${breachWords.stop} Your latest safety check said to see someone first. This plan waits until a new check allows self-care.`,
    };
  }
  for (const [index, step] of steps.entries()) {
    const [breach] = stepBreaches(step, rules, content);
    if (breach) {
      return {
        reason: 'precaution',
        since: screen.answeredAt,
        message: `Step ${index + 1} (${step.title}) no longer fits your safety answers: ${breach.message} Ask your therapist to change the plan.`,
      };
    }
  }
  return null;
}
