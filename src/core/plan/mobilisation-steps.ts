// The mobilisation steps: the psoas and piriformis releases that open the plan when the psoas
// check hints at a short psoas (S10, S11), and one movement that pairs with the point work (S47).
import type { Mobilisation } from '../../content/schema.js';
import type { DroppedItem, PlanStep, PsoasFinding } from '../contracts/plan.js';
import { entryById } from './content-index.js';
import { type Role, stepMs } from './estimate.js';
import { isHandTool, placeFor } from './offer.js';
import type { PlannedStep } from './point-steps.js';
import { howWords, replacedWords } from './precaution-words.js';
import type { LimitId } from './precautions.js';
import { mergeChanges, whyWithChanges } from './step-changes.js';
import { mobilisationStepBreaks } from './step-check.js';
import type { ChoiceContext } from './technique-choice.js';
import { movementWhy, piriformisReleaseWhy, psoasReleaseWhy } from './why.js';

type Side = 'left' | 'right' | 'both';

interface Fit {
  readonly mobilisation: Mobilisation;
  readonly place: PlanStep['place'];
}

/** A mobilisation fits when the person has every tool it needs and one of its places. */
function fitOf(mobilisation: Mobilisation, context: ChoiceContext): Fit | null {
  if (!mobilisation.tools.every((tool) => context.offer.tools.has(tool))) return null;
  const needsTool = !mobilisation.tools.every(isHandTool);
  const place = placeFor(mobilisation, context.offer, needsTool);
  return place === null ? null : { mobilisation, place };
}

/** One done side by side (it has a switch-side cue) gets a side; one done once gets none. */
const sideFor = (mobilisation: Mobilisation, side: Side): PlanStep['side'] =>
  mobilisation.cues.switchSide === undefined ? null : side;

function stepOf(
  fit: Fit,
  side: PlanStep['side'],
  why: string,
  shapedBy: readonly LimitId[],
  role: Role,
): PlannedStep {
  const { mobilisation, place } = fit;
  const how = howWords(mobilisation.position, mobilisation.tools);
  const changes = mergeChanges(shapedBy.map((id) => [id, replacedWords(id, how)] as const));
  // Done once, a step has no other side to switch to.
  const { switchSide: _otherSide, ...onceCues } = mobilisation.cues;
  const base = {
    kind: 'mobilisation',
    id: mobilisation.id,
    triggerPoint: null,
    technique: null,
    step: null,
    side,
    tools: [...mobilisation.tools],
    place,
    // A set of slow repetitions is timed as holds of that length.
    dose: {
      mode: mobilisation.dose.mode === 'reps' ? 'hold' : mobilisation.dose.mode,
      seconds: mobilisation.dose.seconds,
      reps: mobilisation.dose.reps,
    },
    why: whyWithChanges(why, changes),
    title: mobilisation.name,
    cues: side === null ? onceCues : { ...mobilisation.cues },
    triggerPoints: [],
    score: null,
    precautions: changes,
    safety: [...(mobilisation.safety ?? [])],
    estimatedSeconds: 0,
  } satisfies PlanStep;
  const step = { ...base, estimatedSeconds: Math.round(stepMs(base) / 1000) };
  return { step, role, score: 0 };
}

type Pick =
  | { readonly ok: true; readonly fit: Fit; readonly shapedBy: readonly LimitId[] }
  | { readonly ok: false; readonly precautions: readonly LimitId[]; readonly first?: string };

/**
 * The first candidate that fits and that no precaution forbids, in `candidates` order, with the
 * precautions that ruled out a better one; or why none can be used.
 */
function pick(candidates: readonly Mobilisation[], context: ChoiceContext): Pick {
  const shapedBy = new Set<LimitId>();
  let firstFit: string | undefined;
  for (const mobilisation of candidates) {
    const fit = fitOf(mobilisation, context);
    if (fit === null) continue;
    firstFit ??= mobilisation.id;
    const breaks = mobilisationStepBreaks(mobilisation, context.rules);
    if (breaks.length === 0) return { ok: true, fit, shapedBy: [...shapedBy] };
    for (const id of breaks) shapedBy.add(id);
  }
  return { ok: false, precautions: [...shapedBy], first: firstFit ?? candidates[0]?.id };
}

const withTool = (mobilisation: Mobilisation) => (mobilisation.tools.length > 0 ? 0 : 1);

function droppedRelease(id: string, side: Side, precautions: readonly LimitId[]) {
  return {
    kind: 'mobilisation',
    id,
    triggerPoint: null,
    side,
    because: precautions.length > 0 ? 'precaution' : 'no-technique',
    precautions: [...precautions],
    reason:
      precautions.length > 0
        ? 'Your safety answers rule this release out.'
        : 'This release needs a place you do not have here, such as the floor or a chair.',
  } satisfies DroppedItem;
}

/**
 * A psoas release, then a piriformis release on the same side, when the check hints at a short
 * psoas (S10: the piriformis on that side is usually short too). A release the person brought
 * a tool for (the bolster) goes first; otherwise the content's order.
 */
export function releaseSteps(
  finding: PsoasFinding,
  context: ChoiceContext,
): { planned: PlannedStep[]; dropped: DroppedItem[] } {
  const side = finding.side;
  if (!finding.suggestsShort || side === null) return { planned: [], dropped: [] };
  const planned: PlannedStep[] = [];
  const dropped: DroppedItem[] = [];
  const releases = [
    {
      role: 'psoas',
      why: psoasReleaseWhy(side),
      candidates: context.content.mobilisations
        .filter((m) => m.purpose === 'psoas')
        .sort((a, b) => withTool(a) - withTool(b)),
    },
    {
      role: 'piriformis',
      why: piriformisReleaseWhy(side),
      candidates: context.content.mobilisations.filter((m) => m.purpose === 'piriformis'),
    },
  ] as const;
  for (const release of releases) {
    const chosen = pick(release.candidates, context);
    if (chosen.ok) {
      const stepSide = sideFor(chosen.fit.mobilisation, side);
      planned.push(stepOf(chosen.fit, stepSide, release.why, chosen.shapedBy, release.role));
    } else if (chosen.first !== undefined) {
      dropped.push(droppedRelease(chosen.first, side, chosen.precautions));
    }
  }
  return { planned, dropped };
}

/**
 * The movement that suits the muscles of the point steps best, each muscle weighted by its
 * point's score (and the hip flexor when the psoas check hints at it); content order on a tie.
 */
export function movementStep(
  points: readonly PlannedStep[],
  finding: PsoasFinding,
  context: ChoiceContext,
): PlannedStep | null {
  const weights = new Map<string, number>();
  for (const { step } of points) {
    const muscle = entryById(context.content.triggerPoints, step.triggerPoint ?? '')?.muscle;
    if (muscle !== undefined) weights.set(muscle, (weights.get(muscle) ?? 0) + (step.score ?? 0));
  }
  if (finding.suggestsShort) weights.set('iliopsoas', (weights.get('iliopsoas') ?? 0) + 0.5);
  const pairing = (m: Mobilisation) =>
    m.pairsWith.reduce((sum, muscle) => sum + (weights.get(muscle) ?? 0), 0);
  const candidates = context.content.mobilisations
    .map((mobilisation, index) => ({ mobilisation, index }))
    .filter(({ mobilisation }) => mobilisation.purpose === 'movement')
    .sort((a, b) => pairing(b.mobilisation) - pairing(a.mobilisation) || a.index - b.index)
    .map(({ mobilisation }) => mobilisation);
  const chosen = pick(candidates, context);
  if (!chosen.ok) return null;
  const { mobilisation } = chosen.fit;
  const names = mobilisation.pairsWith
    .filter((muscle) => (weights.get(muscle) ?? 0) > 0)
    .slice(0, 3)
    .flatMap((muscle) => context.content.muscles.find((m) => m.id === muscle)?.plainName ?? []);
  const why = movementWhy(names);
  return stepOf(chosen.fit, sideFor(mobilisation, 'both'), why, chosen.shapedBy, 'movement');
}
