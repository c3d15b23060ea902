// Turns the matcher's ranking into point steps in the article's order (step 1 the buttock point,
// step 2 the spine muscles, step 3 the QL, S17-S42), each side worked as its own step, the side
// that hurts more first, with the technique that fits and its dose from content.
import type { TriggerPoint } from '../../content/schema.js';
import type { DroppedItem, PlanPreferences, PlanStep } from '../contracts/plan.js';
import { foundTier, type RankedPoint } from '../match/found-points.js';
import { entryById } from './content-index.js';
import type { Timed } from './estimate.js';
import { stepMs } from './estimate.js';
import { holdSecondsFor } from './precautions.js';
import { touchesClosed, worksBothSidesAtOnce } from './skip-areas.js';
import { pointStepChanges, whyWithChanges } from './step-changes.js';
import { areasStillToMark } from './step-check.js';
import { type ChoiceContext, chooseTechnique, type TechniqueChoice } from './technique-choice.js';
import { pointWhy } from './why.js';

export type PlannedStep = Timed<PlanStep>;

/**
 * A point outside the article's three steps (gluteus minimus, piriformis, lower rib muscle)
 * joins only when it fits the pain map at least half as well as the best point. Our choice:
 * the article's steps stay the core of the plan, and an extra point earns its place.
 */
export const extraPointShare = 0.5;

interface RankedSide {
  readonly point: TriggerPoint;
  readonly match: RankedPoint;
}

interface PointGroup {
  readonly pair: string;
  readonly step: 1 | 2 | 3 | null;
  readonly sides: readonly RankedSide[];
  readonly best: number;
  readonly order: number;
  /** The best side's foundTier: a point the therapist found tender comes before the map's guesses. */
  readonly tier: number;
}

const stepRank = (step: 1 | 2 | 3 | null): number => step ?? 4;

/**
 * Ranked sides grouped by point pair: found tender by the therapist first, then article step,
 * then best score, then content order.
 */
function groupsOf(matches: readonly RankedPoint[], points: readonly TriggerPoint[]): PointGroup[] {
  // Sides the therapist found tender form their own group, so a side only guessed from the map
  // does not ride along: it keeps its own place (and may be left out as an extra point).
  const groups = new Map<string, RankedSide[]>();
  for (const match of matches) {
    const point = entryById(points, match.triggerPoint);
    if (point === undefined) continue;
    const key = `${point.pair}/${foundTier(match) === 0 ? 'found' : 'map'}`;
    groups.set(key, [...(groups.get(key) ?? []), { point, match }]);
  }
  return [...groups.values()]
    .map((sides) => ({
      pair: sides[0]!.point.pair,
      step: sides[0]!.point.step,
      sides,
      best: Math.max(...sides.map((side) => side.match.score)),
      order: points.findIndex((point) => point.pair === sides[0]!.point.pair),
      tier: Math.min(...sides.map((side) => foundTier(side.match))),
    }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        stepRank(a.step) - stepRank(b.step) ||
        b.best - a.best ||
        a.order - b.order,
    );
}

const sideOf = (point: TriggerPoint): 'left' | 'right' | null =>
  point.side === 'center' ? null : point.side;

const droppedPoint = (
  side: RankedSide,
  because: DroppedItem['because'],
  reason: string,
  precautions: readonly string[] = [],
): DroppedItem => ({
  kind: 'trigger-point',
  id: side.point.id,
  triggerPoint: side.point.id,
  side: sideOf(side.point),
  because,
  precautions: [...precautions],
  reason,
});

const reasons = {
  'outside-steps':
    'It is outside the three steps, and other points fit your pain better. Try it if the steps do not help.',
  'skipped-area': 'It lies on or next to an area you marked to skip.',
  precaution: 'Your safety answers rule out every way to press it with what you have here.',
  psoas:
    'Unknot never presses the psoas. When the psoas check points to it, gentle releases ease it instead.',
  'no-technique': 'There is no way to press it with the tools and places you have here.',
  'mark-areas':
    'Nothing is pressed until you mark the areas to keep clear on the body map. Then the plan can work around them.',
} as const;

/**
 * Worked sides in order: the side the therapist found tender, else the side that hurts more,
 * else the higher score, else left first.
 */
function sideOrder(sides: readonly RankedSide[], painfulSide: PlanPreferences['painfulSide']) {
  const first = (side: RankedSide) => (sideOf(side.point) === painfulSide ? 0 : 1);
  return [...sides].sort(
    (a, b) =>
      foundTier(a.match) - foundTier(b.match) ||
      first(a) - first(b) ||
      b.match.score - a.match.score ||
      (sideOf(a.point) === 'left' ? -1 : 1) - (sideOf(b.point) === 'left' ? -1 : 1),
  );
}

export interface PointContext extends ChoiceContext {
  readonly painfulSide: PlanPreferences['painfulSide'];
}

function stepFor(
  group: PointGroup,
  worked: readonly RankedSide[],
  side: 'left' | 'right' | null,
  choice: TechniqueChoice,
  context: PointContext,
): PlannedStep {
  const { technique, place, tools } = choice;
  const lead = worked[0]!;
  const changes = pointStepChanges(technique, tools, choice, context.precautions);
  const painfulFirst =
    side !== null && side === context.painfulSide && group.sides.length > 1 && worked.length === 1;
  const why = pointWhy(
    lead.match.why,
    group.step,
    technique,
    place,
    painfulFirst,
    group.tier === 0,
  );
  const base = {
    kind: 'trigger-point',
    id: lead.point.id,
    triggerPoint: lead.point.id,
    technique: technique.id,
    step: group.step,
    side,
    tools,
    place,
    dose: {
      mode: technique.dose.mode,
      seconds: holdSecondsFor(technique.dose.seconds, context.precautions),
      // The article's 3 to 4 times: 3 planned, and the session lets relief end a point sooner.
      reps: technique.dose.reps.min,
    },
    why: whyWithChanges(why, changes),
    title: technique.name,
    cues: { ...technique.cues },
    triggerPoints: worked.map((rankedSide) => rankedSide.point.id),
    score: Math.max(...worked.map((rankedSide) => rankedSide.match.score)),
    precautions: changes,
    safety: [...(technique.safety ?? [])],
    estimatedSeconds: 0,
  } satisfies PlanStep;
  const step = { ...base, estimatedSeconds: Math.round(stepMs(base) / 1000) };
  return { step, role: 'point', score: timeCutScore(worked, step.score) };
}

/** The time cut leaves out the lowest first: a point found tender outranks every map score (at most 1). */
const timeCutScore = (worked: readonly RankedSide[], mapScore: number): number => {
  const tenderness = Math.max(0, ...worked.map((side) => side.match.found?.tenderness ?? 0));
  return tenderness > 0 ? 1 + tenderness : mapScore;
};

/** Steps for one point pair: one for a both-sides-at-once method, else one per side. */
function stepsFor(
  group: PointGroup,
  open: readonly RankedSide[],
  choice: TechniqueChoice,
  context: PointContext,
) {
  const ordered = sideOrder(open, context.painfulSide);
  if (worksBothSidesAtOnce(choice.technique)) {
    const side = ordered.length === 1 ? sideOf(ordered[0]!.point) : null;
    return [stepFor(group, ordered, side, choice, context)];
  }
  return ordered.map((rankedSide) =>
    stepFor(group, [rankedSide], sideOf(rankedSide.point), choice, context),
  );
}

/**
 * Point steps for every ranked point that can be worked safely with what is offered, in the
 * article's order, and a plain reason for every ranked point that is left out.
 */
export function pointSteps(
  matches: readonly RankedPoint[],
  context: PointContext,
): { planned: PlannedStep[]; dropped: DroppedItem[] } {
  const planned: PlannedStep[] = [];
  const dropped: DroppedItem[] = [];
  const top = Math.max(0, ...matches.map((match) => match.score));
  const unmarked = areasStillToMark(context.rules);
  for (const group of groupsOf(matches, context.content.triggerPoints)) {
    if (unmarked.length > 0) {
      // A site precaution binds: no pressure at all until the areas are named (API contract).
      dropped.push(
        ...group.sides.map((side) =>
          droppedPoint(side, 'precaution', reasons['mark-areas'], unmarked),
        ),
      );
      continue;
    }
    // A point the therapist found tender earns its place by that alone.
    if (group.step === null && group.tier !== 0 && group.best < extraPointShare * top) {
      dropped.push(
        ...group.sides.map((side) => droppedPoint(side, 'outside-steps', reasons['outside-steps'])),
      );
      continue;
    }
    // A side that lies on or next to a marked area is never pressed, whatever the technique.
    const open = group.sides.filter((side) => !touchesClosed(side.point.over, context.closed));
    for (const side of group.sides.filter((s) => !open.includes(s))) {
      dropped.push(droppedPoint(side, 'skipped-area', reasons['skipped-area']));
    }
    if (open.length === 0) continue;
    const outcome = chooseTechnique(
      open.map((side) => side.point),
      context,
    );
    if (outcome.ok) {
      planned.push(...stepsFor(group, open, outcome.choice, context));
      continue;
    }
    const psoas = open[0]!.point.bodyArea.includes('psoas');
    const reason =
      outcome.because === 'no-technique' && psoas ? reasons.psoas : reasons[outcome.because];
    dropped.push(
      ...open.map((side) => droppedPoint(side, outcome.because, reason, outcome.precautions)),
    );
  }
  return { planned, dropped };
}
