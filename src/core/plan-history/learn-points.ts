// The person's own sessions applied to the point steps the map gave: helpful points first,
// points that did nothing after 6 sessions last, a gentler way (then none) after "too much",
// holds that grow with tolerance, a try-and-compare when two points stay unclear, and every
// step's why saying what the history showed. The builder's final precaution check runs after.
import type { Technique } from '../../content/schema.js';
import type { DroppedItem, PlanStep } from '../contracts/plan.js';
import {
  depthOf,
  holdSecondsFor,
  type LearnedPoints,
  type LearningContext,
  type PlannedStep,
  type PointLearning,
  type PointsSoFar,
  pointSteps,
  stepMs,
} from '../plan/index.js';
import { doseWhy, gentlerWhy, historyWhy, tooMuchReason } from './history-words.js';
import { holdLadder } from './hold-ladder.js';
import { type PointReading, readPoint } from './point-reading.js';
import { type SessionIndex, visitsTo } from './session-index.js';
import { type PairGroup, tryAndCompare } from './try-and-compare.js';

const tierOf = (reading: PointReading): number =>
  reading.verdict === 'helps' ? 0 : reading.verdict === 'no-effect' ? 2 : 1;

const reliefOf = (reading: PointReading): number => reading.history?.meanRelief ?? 0;

function pairIds(pair: string, context: LearningContext): string[] {
  return context.choice.content.triggerPoints
    .filter((point) => point.pair === pair)
    .map((point) => point.id);
}

function pairOf(id: string | null, context: LearningContext): string | null {
  return context.choice.content.triggerPoints.find((point) => point.id === id)?.pair ?? null;
}

function techniqueOf(step: PlanStep, context: LearningContext): Technique | undefined {
  return context.choice.content.techniques.find((technique) => technique.id === step.technique);
}

/** The map's steps for one pair again, limited to these techniques. */
function replan(pair: string, techniques: readonly Technique[], context: LearningContext) {
  const ids = new Set(pairIds(pair, context));
  const matches = context.matches.filter((match) => ids.has(match.triggerPoint));
  return pointSteps(matches, {
    ...context.choice,
    content: { ...context.choice.content, techniques },
  });
}

const leftOut = (step: PlanStep, because: DroppedItem['because'], reason: string): DroppedItem => ({
  kind: 'trigger-point',
  id: step.id,
  triggerPoint: step.triggerPoint,
  side: step.side,
  because,
  precautions: [],
  reason,
});

/** A pair too much twice lately: a way gentler than the gentlest that was too much, or none. */
function gentler(group: PairGroup, context: LearningContext): PlannedStep[] | null {
  const { techniques } = context.choice.content;
  const tried = group.reading.tooMuchWith.flatMap((id) => {
    const technique = techniques.find((entry) => entry.id === id);
    return technique ? [technique] : [];
  });
  const current = group.steps.flatMap((planned) => {
    const technique = techniqueOf(planned.step, context);
    return technique ? [technique] : [];
  });
  const depths = (tried.length > 0 ? tried : current).map(depthOf);
  const gentlest = Math.max(...depths);
  const softer = techniques.filter((technique) => depthOf(technique) > gentlest);
  const planned = replan(group.pair, softer, context).planned;
  if (planned.length === 0) return null;
  return planned.map((item) => {
    const technique = techniqueOf(item.step, context);
    const line = technique ? gentlerWhy(technique) : '';
    return { ...item, step: { ...item.step, why: `${item.step.why} ${line}`.trim() } };
  });
}

/** History, dose and why for one step; the time cut keeps helpful points longest. */
function withHistory(planned: PlannedStep, index: SessionIndex, context: LearningContext) {
  const { step } = planned;
  const technique = techniqueOf(step, context);
  if (technique === undefined) return planned;
  const ids = step.triggerPoints.length > 0 ? step.triggerPoints : [step.triggerPoint ?? ''];
  const visits = visitsTo(index, ids);
  if (visits.length === 0) return planned;
  const ladder = holdLadder(technique);
  const reading = readPoint(visits, ladder.length - 1);
  const seconds = holdSecondsFor(ladder[reading.doseRung]!, context.choice.precautions);
  const lines = [
    historyWhy(reading),
    doseWhy(reading, seconds, Math.min(step.dose.seconds, ladder[0]!)),
  ].filter((line): line is string => line !== null);
  const next: PlanStep = {
    ...step,
    dose: { ...step.dose, seconds },
    why: [step.why, ...lines].join(' '),
    ...(reading.history ? { history: reading.history } : {}),
  };
  const scored = { ...next, estimatedSeconds: Math.round(stepMs(next) / 1000) };
  const score =
    reading.verdict === 'helps'
      ? 1 + reliefOf(reading)
      : reading.verdict === 'no-effect'
        ? planned.score - 1
        : planned.score;
  return { ...planned, step: scored, score };
}

/** Groups point steps by pair, in the map's order. */
function groupsOf(planned: readonly PlannedStep[], index: SessionIndex, context: LearningContext) {
  const groups: { pair: string; steps: PlannedStep[] }[] = [];
  for (const item of planned) {
    const pair = pairOf(item.step.triggerPoint, context) ?? item.step.id;
    const group = groups.find((entry) => entry.pair === pair);
    if (group) group.steps.push(item);
    else groups.push({ pair, steps: [item] });
  }
  return groups.map((group): PairGroup => {
    const visits = visitsTo(index, pairIds(group.pair, context));
    return { ...group, reading: readPoint(visits, 0) };
  });
}

/** Extra points the map alone left out that clearly help this person come back. */
function helpfulExtras(points: PointsSoFar, index: SessionIndex, context: LearningContext) {
  const pairs = [
    ...new Set(
      points.dropped
        .filter((item) => item.because === 'outside-steps')
        .map((item) => pairOf(item.triggerPoint, context))
        .filter((pair): pair is string => pair !== null),
    ),
  ].filter((pair) => readPoint(visitsTo(index, pairIds(pair, context)), 0).verdict === 'helps');
  const back = pairs.flatMap(
    (pair) => replan(pair, context.choice.content.techniques, context).planned,
  );
  const dropped = points.dropped.filter(
    (item) => !pairs.includes(pairOf(item.triggerPoint, context) ?? ''),
  );
  return { planned: [...points.planned, ...back], dropped };
}

/** The learning the plan builder runs, from the person's indexed sessions. */
export function learnFrom(index: SessionIndex): PointLearning {
  return (mapPoints, context): LearnedPoints => {
    const points = helpfulExtras(mapPoints, index, context);
    const dropped = [...points.dropped];
    const groups: PairGroup[] = [];
    for (const group of groupsOf(points.planned, index, context)) {
      if (group.reading.verdict !== 'too-much') {
        groups.push(group);
        continue;
      }
      const softer = gentler(group, context);
      if (softer === null) {
        dropped.push(...group.steps.map((item) => leftOut(item.step, 'too-much', tooMuchReason)));
      } else {
        groups.push({ ...group, steps: softer });
      }
    }
    // Stable: equal tiers keep the article's order.
    const ranked = groups
      .map((group, order) => ({ group, order }))
      .sort(
        (a, b) =>
          tierOf(a.group.reading) - tierOf(b.group.reading) ||
          (tierOf(a.group.reading) === 0
            ? reliefOf(b.group.reading) - reliefOf(a.group.reading)
            : 0) ||
          a.order - b.order,
      )
      .map(({ group }) => ({
        ...group,
        steps: group.steps.map((item) => withHistory(item, index, context)),
      }));
    const compared = tryAndCompare(ranked, index, context);
    return {
      planned: compared.groups.flatMap((group) => group.steps),
      dropped: [...dropped, ...compared.dropped],
      ...(compared.tryAndCompare ? { tryAndCompare: compared.tryAndCompare } : {}),
    };
  };
}
