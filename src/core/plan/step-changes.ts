// Collects how precautions changed one step, one line per precaution, and folds them into
// the step's "why" so the player and the print view say it where the step is.

import type { Technique } from '../../content/schema.js';
import type { StepPrecaution } from '../contracts/plan.js';
import type { ToolId } from '../spec/index.js';
import { isHandTool } from './offer.js';
import {
  avoidedAreaWords,
  everyPointWords,
  howWords,
  leanLightlyWords,
  replacedWords,
} from './precaution-words.js';
import type { LimitId, Precautions } from './precautions.js';
import { skipIdOf } from './step-check.js';

/** One entry per precaution id, its lines joined in the order they came. */
export function mergeChanges(lines: readonly (readonly [string, string])[]): StepPrecaution[] {
  const byId = new Map<string, string[]>();
  for (const [id, change] of lines) {
    const before = byId.get(id) ?? [];
    if (!before.includes(change)) byId.set(id, [...before, change]);
  }
  return [...byId].map(([id, changes]) => ({ id, change: changes.join(' ') }));
}

interface ShapedChoice {
  readonly shapedBy: readonly LimitId[];
  readonly avoidedArea: boolean;
}

/** Every way precautions shaped a point step with this technique and these tools. */
export function pointStepChanges(
  technique: Technique,
  tools: readonly ToolId[],
  choice: ShapedChoice,
  active: Precautions,
): StepPrecaution[] {
  const how = howWords(technique.position, tools);
  const ballOnWall = technique.position === 'standing-wall' && !tools.every(isHandTool);
  return mergeChanges([
    ...choice.shapedBy.map((id) => [id, replacedWords(id, how)] as const),
    ...(choice.avoidedArea ? [[skipIdOf(active), avoidedAreaWords] as const] : []),
    ...Object.entries(everyPointWords).filter(([id]) => active.has(id)),
    ...(active.has('fragile-bones') && ballOnWall
      ? [['fragile-bones', leanLightlyWords] as const]
      : []),
  ]);
}

/** The step's reason, followed by what its precautions changed. */
export const whyWithChanges = (why: string, changes: readonly StepPrecaution[]): string =>
  [why, ...changes.map((change) => change.change)].join(' ');
