// Trigger points as the Learn pages show them: one entry per pair of sides (both sides read
// the same), with the techniques that treat them, grouped under their muscles.
import type { ContentResponse } from '../../core/contracts/content.js';
import { withoutSide } from './learn-words.js';

type TriggerPoint = ContentResponse['triggerPoints'][number];
type Technique = ContentResponse['techniques'][number];
type Muscle = ContentResponse['muscles'][number];

/** One point for both sides: the left entry (or the centre one), named without its side. */
export interface PointPair extends TriggerPoint {
  readonly sides: readonly TriggerPoint['side'][];
}

/** One entry per pair, in the knowledge base's order. */
export function pointPairs(points: readonly TriggerPoint[]): PointPair[] {
  const byPair = new Map<string, TriggerPoint[]>();
  for (const point of points) byPair.set(point.pair, [...(byPair.get(point.pair) ?? []), point]);
  return [...byPair.values()].map((sides) => {
    const shown = sides.find((p) => p.side === 'left') ?? sides.find((p) => p.side === 'center');
    const point = shown ?? sides[0]!;
    return { ...point, name: withoutSide(point.name), sides: sides.map((p) => p.side) };
  });
}

/** The pairs of one muscle, in order. */
export const pairsOfMuscle = (pairs: readonly PointPair[], muscleId: string): PointPair[] =>
  pairs.filter((pair) => pair.muscle === muscleId);

/** The pairs a technique treats, each once, in the order the technique lists them. */
export function pairsTreatedBy(
  technique: Technique,
  points: readonly TriggerPoint[],
): readonly string[] {
  const pairOf = new Map(points.map((point) => [point.id, point.pair]));
  const pairs = [technique.triggerPoint, ...technique.treats]
    .map((id) => pairOf.get(id))
    .filter((pair): pair is string => pair !== undefined);
  return [...new Set(pairs)];
}

/** Techniques that treat any side of this pair, in the knowledge base's order. */
export const techniquesForPair = (
  techniques: readonly Technique[],
  points: readonly TriggerPoint[],
  pair: string,
): Technique[] => techniques.filter((t) => pairsTreatedBy(t, points).includes(pair));

export interface TechniqueGroup {
  readonly muscle: Muscle;
  /** The routine's step for this muscle's points, when the article numbers them. */
  readonly step: 1 | 2 | 3 | null;
  readonly techniques: readonly Technique[];
}

/** Techniques under the muscle of their main point; groups in the order they first appear. */
export function techniquesByMuscle(content: ContentResponse): TechniqueGroup[] {
  const pointById = new Map(content.triggerPoints.map((point) => [point.id, point]));
  const muscleById = new Map(content.muscles.map((muscle) => [muscle.id, muscle]));
  const groups = new Map<
    string,
    { muscle: Muscle; step: 1 | 2 | 3 | null; techniques: Technique[] }
  >();
  for (const technique of content.techniques) {
    const point = pointById.get(technique.triggerPoint);
    const muscle = point && muscleById.get(point.muscle);
    if (point === undefined || muscle === undefined) continue;
    const group = groups.get(muscle.id) ?? { muscle, step: point.step, techniques: [] };
    group.techniques.push(technique);
    groups.set(muscle.id, group);
  }
  return [...groups.values()];
}
