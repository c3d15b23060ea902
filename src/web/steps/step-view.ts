// What the player shows for one side of one step: how to lie or stand, the tool, the dose and
// the point on the body, looked up in the knowledge base by the plan's content ids.

import type { Position } from '../../content/ids.js';
import { mobilisations } from '../../content/mobilisations.js';
import type { Mobilisation, Technique } from '../../content/schema.js';
import { techniques } from '../../content/techniques.js';
import { tools } from '../../content/tools.js';
import { findTriggerPoint } from '../../content/trigger-points.js';
import type { SessionStep } from '../../core/contracts/session-log.js';
import { fallbackCues } from '../../core/session/index.js';
import type { PlaceId } from '../../core/spec/index.js';
import { doseWords } from './dose-words.js';

export type { Position } from '../../content/ids.js';

/** The point to press: its name and the body-map regions it lies over, on the side worked. */
export interface PointMark {
  readonly name: string;
  readonly over: readonly string[];
  /** The regions of each side pressed, one list per side: each is one spot on the figure. */
  readonly sides: readonly (readonly string[])[];
}

export interface StepView {
  readonly title: string;
  /** "Left side", "Right side", or null for a step done once. */
  readonly sideWords: string | null;
  readonly position: Position;
  readonly positionText: string;
  /** Tool names; empty when nothing is needed. */
  readonly tools: readonly string[];
  readonly dose: string;
  readonly point: PointMark | null;
  /** The technique's or movement's own safety lines (a nerve warning, off the spine bones). */
  readonly safety: readonly string[];
}

// A step with no technique or mobilisation behind it is drawn by where it is done.
const positionByPlace: Record<PlaceId, Position> = {
  floor: 'lying-on-back',
  bed: 'lying-on-back',
  'massage-table': 'lying-on-back',
  wall: 'standing-wall',
  chair: 'sitting',
  public: 'standing',
};

const toolNames: ReadonlyMap<string, string> = new Map(tools.map((tool) => [tool.id, tool.name]));

const sideSuffix = / \((left|right)\)$/;

/** The point on the side being worked; both sides at once when the step has no side. */
export function pointOf(
  triggerPointId: string | null,
  side: 'left' | 'right' | null,
): PointMark | null {
  if (triggerPointId === null) return null;
  const lead = findTriggerPoint(triggerPointId);
  if (lead === undefined) return null;
  const sides = side === null ? (['left', 'right'] as const) : [side];
  const points = sides
    .map((s) => findTriggerPoint(`${lead.pair}-${s}`))
    .filter((point) => point !== undefined);
  if (points.length === 0) return { name: lead.name, over: lead.over, sides: [lead.over] };
  const baseName = lead.name.replace(sideSuffix, '');
  return {
    name: side === null ? `${baseName} (both sides)` : `${baseName} (${side})`,
    over: [...new Set(points.flatMap((point) => point.over))],
    sides: points.map((point) => point.over),
  };
}

export function stepView(step: SessionStep, side: 'left' | 'right' | null): StepView {
  const technique = techniques.find((t) => t.id === (step.technique ?? step.id));
  const mobilisation = mobilisations.find((m) => m.id === step.id);
  const position = technique?.position ?? mobilisation?.position ?? positionByPlace[step.place];
  const positionText =
    technique?.positionText ?? step.cues?.position ?? fallbackCues.position(step);
  return {
    title: step.title ?? technique?.name ?? mobilisation?.name ?? 'Next step',
    sideWords: side === null ? null : side === 'left' ? 'Left side' : 'Right side',
    position,
    positionText,
    tools: step.tools.map((id) => toolNames.get(id) ?? id),
    dose: doseWords(step.dose),
    point: step.kind === 'trigger-point' ? pointOf(step.triggerPoint, side) : null,
    // The plan carries them; a plan kept from before they did still gets them from the content.
    safety:
      step.safety ??
      (technique as Technique | undefined)?.safety ??
      (mobilisation as Mobilisation | undefined)?.safety ??
      [],
  };
}
