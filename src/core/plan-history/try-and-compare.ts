// Try and compare: when the top two points both have a few scored sessions and neither clearly
// helps, they take turns for two weeks (one on odd days, one on even days), and when the two
// weeks end the plan says which eased the pain more. Dates come from the history itself, so
// the same sessions and the same day always give the same plan.
import type { DroppedItem, TryAndCompare } from '../contracts/plan.js';
import type { LearningContext, PlannedStep } from '../plan/index.js';
import { formatDay, mean, pointsWord } from '../progress/index.js';
import { MIN_SCORED_TO_COMPARE, type PointReading } from './point-reading.js';
import { type SessionIndex, visitsTo } from './session-index.js';

/** One point pair's steps in the plan, with what its history says. */
export interface PairGroup {
  readonly pair: string;
  readonly steps: PlannedStep[];
  readonly reading: PointReading;
}

/** Two weeks of turns (issue 17). */
export const COMPARE_DAYS = 14;
/** The result stays on the plan for a week after the turns end. */
export const RESULT_DAYS = 7;
/** A difference in mean relief this large (pain points) counts as one point helping more. */
export const CLEAR_DIFFERENCE = 1;

const pairName = (pair: string, context: LearningContext): string => {
  const point = context.choice.content.triggerPoints.find((entry) => entry.pair === pair);
  return (point?.name ?? pair).replace(/ \((left|right|center)\)$/, '');
};

/** The day the comparison could first be made: the later of the two points' 3rd scored visits. */
function readyDay(pair: string, index: SessionIndex, context: LearningContext): number | null {
  const ids = context.choice.content.triggerPoints
    .filter((point) => point.pair === pair)
    .map((point) => point.id);
  const scored = visitsTo(index, ids).filter((visit) => visit.relief !== null);
  return scored[MIN_SCORED_TO_COMPARE - 1]?.day ?? null;
}

function reliefBetween(
  pair: string,
  from: number,
  to: number,
  index: SessionIndex,
  context: LearningContext,
) {
  const ids = context.choice.content.triggerPoints
    .filter((point) => point.pair === pair)
    .map((point) => point.id);
  const reliefs = visitsTo(index, ids)
    .filter((visit) => visit.day >= from && visit.day <= to && visit.relief !== null)
    .map((visit) => visit.relief as number);
  return reliefs.length === 0 ? null : mean(reliefs);
}

const reliefWords = (relief: number | null): string =>
  relief === null
    ? 'was not logged with pain scores'
    : relief > 0
      ? `eased your pain by about ${pointsWord(relief)}`
      : 'did not ease your pain';

function resultOf(
  [first, second]: readonly [string, string],
  from: number,
  to: number,
  index: SessionIndex,
  context: LearningContext,
): TryAndCompare['result'] {
  const a = reliefBetween(first, from, to, index, context);
  const b = reliefBetween(second, from, to, index, context);
  const better =
    a !== null && b !== null && Math.abs(a - b) >= CLEAR_DIFFERENCE
      ? a > b
        ? first
        : second
      : null;
  const said = `Your two weeks of turns have ended. On its days, the ${pairName(first, context)} ${reliefWords(a)}, and the ${pairName(second, context)} ${reliefWords(b)}.`;
  const verdict =
    better === null
      ? 'Neither clearly helped more, so both stay in your plan.'
      : `The ${pairName(better, context)} helped more.`;
  return { better, message: `${said} ${verdict}` };
}

export function tryAndCompare(
  groups: readonly PairGroup[],
  index: SessionIndex,
  context: LearningContext,
): { groups: readonly PairGroup[]; dropped: DroppedItem[]; tryAndCompare?: TryAndCompare } {
  const unclear = groups.filter(
    (group) => group.reading.verdict === 'unclear' && group.reading.history?.ci95 != null,
  );
  if (unclear.length < 2) return { groups, dropped: [] };
  const pairs = [unclear[0]!.pair, unclear[1]!.pair] as const;
  const ready = pairs.map((pair) => readyDay(pair, index, context));
  if (ready[0] == null || ready[1] == null) return { groups, dropped: [] };
  const start = Math.max(ready[0], ready[1]) + 1;
  const end = start + COMPARE_DAYS - 1;
  const today = index.today;
  if (today < start || today > end + RESULT_DAYS) return { groups, dropped: [] };
  const [odd, even] = pairs.map((pair) => pairName(pair, context));
  const dates = { startsOn: formatDay(start), endsOn: formatDay(end) };
  if (today > end) {
    return {
      groups,
      dropped: [],
      tryAndCompare: {
        triggerPoints: [...pairs],
        ...dates,
        today: null,
        message: 'You tried two points in turns for two weeks. Here is what your sessions showed.',
        result: resultOf(pairs, start, end, index, context),
      },
    };
  }
  // Day 1 of the turns is odd: the first point; day 2 the second, and so on.
  const todays = (today - start) % 2 === 0 ? pairs[0] : pairs[1];
  const resting = todays === pairs[0] ? pairs[1] : pairs[0];
  const restingWords = `Try and compare: today is the ${pairName(todays, context)}'s day. This one comes back tomorrow.`;
  const restingGroup = groups.find((group) => group.pair === resting)!;
  return {
    groups: groups.filter((group) => group.pair !== resting),
    dropped: restingGroup.steps.map((item) => ({
      kind: 'trigger-point',
      id: item.step.id,
      triggerPoint: item.step.triggerPoint,
      side: item.step.side,
      because: 'try-and-compare',
      precautions: [],
      reason: restingWords,
    })),
    tryAndCompare: {
      triggerPoints: [...pairs],
      ...dates,
      today: todays,
      message: `Neither the ${odd} nor the ${even} has clearly helped yet. For two weeks, do the first on odd days and the second on even days. Then Unknot shows which eased your pain more. Today is day ${today - start + 1} of ${COMPARE_DAYS}.`,
      result: null,
    },
  };
}
