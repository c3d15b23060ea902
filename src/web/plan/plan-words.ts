// The plan in plain words: each step's kind, side, tools and dose, what was left out and why,
// and the time it takes. Shared by the plan page and its print view.
import { mobilisations } from '../../content/mobilisations.js';
import { tools } from '../../content/tools.js';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { DroppedItem, PlanResponse, PlanStep } from '../../core/contracts/plan.js';
import { doseWords } from '../steps/dose-words.js';

const toolNames: ReadonlyMap<string, string> = new Map(tools.map((tool) => [tool.id, tool.name]));

const purposeWords = {
  psoas: 'Psoas release',
  piriformis: 'Piriformis release',
  movement: 'Movement',
} as const;

/** "Step 1 of the method", "Psoas release", "Movement": what kind of step this is. */
export function stepKindWords(step: PlanStep): string {
  if (step.kind === 'trigger-point') {
    return step.step === null ? 'Extra point' : `Step ${step.step} of the method`;
  }
  if (step.kind === 'advice') return 'Advice';
  const purpose = mobilisations.find((entry) => entry.id === step.id)?.purpose;
  return purpose === undefined ? 'Release' : purposeWords[purpose];
}

/** Which side, as the session will run it; null for a step done once in the middle. */
export function stepSideWords(side: PlanStep['side']): string | null {
  if (side === 'left') return 'Left side';
  if (side === 'right') return 'Right side';
  if (side === 'both') return 'Both sides, left first';
  return null;
}

/** The dose as the player says it, plus "on each side" when it runs twice. */
export function planDoseWords(step: Pick<PlanStep, 'dose' | 'side'>): string {
  const dose = doseWords(step.dose);
  return step.side === 'both' && step.dose.seconds > 0 && step.dose.reps > 0
    ? `${dose}, on each side`
    : dose;
}

/** "Tennis ball", "Fists and knuckles", or what to use when the step needs nothing. */
export function toolWords(step: Pick<PlanStep, 'tools'>): string {
  if (step.tools.length === 0) return 'Nothing: just you';
  return step.tools.map((id) => toolNames.get(id) ?? id).join(' and ');
}

/** The name of a step or point left out, from content. */
export function droppedName(item: DroppedItem): string {
  if (item.kind === 'trigger-point') {
    return findTriggerPoint(item.triggerPoint ?? item.id)?.name ?? item.id;
  }
  return mobilisations.find((entry) => entry.id === item.id)?.name ?? item.id;
}

export interface DroppedWords {
  /** Names left out only for time, as one line: "Left out to fit your 10 minutes". */
  readonly forTime: readonly string[];
  /** Everything left out for another reason, each with its own reason. */
  readonly otherwise: readonly { readonly name: string; readonly reason: string }[];
}

export function droppedWords(dropped: readonly DroppedItem[]): DroppedWords {
  return {
    forTime: dropped.filter((item) => item.because === 'time').map(droppedName),
    otherwise: dropped
      .filter((item) => item.because !== 'time')
      .map((item) => ({ name: droppedName(item), reason: item.reason })),
  };
}

/** "1 step", "3 steps". */
export const plural = (n: number, one: string, many: string): string =>
  `${n} ${n === 1 ? one : many}`;

/** "5 steps, about 12 minutes (you have 20)". */
export function planSizeWords(plan: Pick<PlanResponse, 'steps' | 'estimatedMinutes' | 'minutes'>) {
  const steps = plural(plan.steps.length, 'step', 'steps');
  const time = plural(plan.estimatedMinutes, 'minute', 'minutes');
  return `${steps}, about ${time} (you have ${plan.minutes})`;
}
