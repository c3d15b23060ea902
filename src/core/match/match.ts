// Ranks trigger points for a pain map: every point whose pattern takes in some of the pain,
// best match first, each with its score and a plain reason. Pure and deterministic.
import { mergePainMarks, type PainMark } from '../body/pain-map.js';
import { type RegionId, regionIds } from '../body/regions.js';
import { type ReferralPattern, scorePoint } from './score.js';
import { whyLine } from './why.js';

export type Step = 1 | 2 | 3 | null;

/** What the matcher needs to know about a trigger point; content points fit as they are. */
export interface MatchablePoint extends ReferralPattern {
  readonly id: string;
  readonly muscle: string;
  /** The article's step: 1 the gluteal point, 2 the spinal erectors, 3 the QL; null otherwise. */
  readonly step: Step;
  readonly side: 'left' | 'right' | 'center';
  /** Regions the point itself lies under. */
  readonly over: readonly string[];
  readonly referral: {
    readonly essential: readonly string[];
    readonly spillover: readonly string[];
  };
  readonly name?: string;
}

export interface MatchResult {
  readonly triggerPoint: string;
  readonly muscle: string;
  /** In (0, 1]: how well the point's pattern fits the pain map. */
  readonly score: number;
  readonly step: Step;
  readonly why: string;
  /** The painful marked regions this point may explain, in body-map order. */
  readonly explains: RegionId[];
}

// The article works through the steps in order (S17-S42), so on equal scores the earlier
// step comes first; points outside the three steps come last.
const stepOrder = (step: Step): number => step ?? 4;

const bodyMapOrder: ReadonlyMap<RegionId, number> = new Map(regionIds.map((id, i) => [id, i]));

function byRank(a: MatchResult, b: MatchResult): number {
  if (a.score !== b.score) return b.score - a.score;
  const steps = stepOrder(a.step) - stepOrder(b.step);
  if (steps !== 0) return steps;
  // Code-unit order, not localeCompare, so the ranking is the same on every machine.
  return a.triggerPoint < b.triggerPoint ? -1 : a.triggerPoint > b.triggerPoint ? 1 : 0;
}

/**
 * Scores every point against the marks and returns those with a score above 0, sorted by
 * score (highest first), then by the article's step order, then by id.
 * A region marked more than once counts once, at its highest intensity. Marks at
 * intensity 0 mean "marked, no pain right now": they are kept on the map but explain
 * nothing, so a map with only zeros returns no points.
 */
export function matchTriggerPoints(
  marks: readonly PainMark[],
  points: readonly MatchablePoint[],
): MatchResult[] {
  // Body-map order makes `explains` and `why` read from head to feet, whatever the input order.
  const painMap = mergePainMarks(marks).sort(
    (a, b) => (bodyMapOrder.get(a.id) ?? 0) - (bodyMapOrder.get(b.id) ?? 0),
  );
  const results: MatchResult[] = [];
  for (const point of points) {
    const { score, explains } = scorePoint(painMap, point);
    if (!(score > 0)) continue;
    const referral = new Set([...point.referral.essential, ...point.referral.spillover]);
    const over = new Set(point.over);
    results.push({
      triggerPoint: point.id,
      muscle: point.muscle,
      score,
      step: point.step,
      // A place both referred to and right over the point is named once, as the spot it lies under.
      why: whyLine(
        explains.filter((id) => referral.has(id) && !over.has(id)),
        explains.filter((id) => over.has(id)),
      ),
      explains: [...explains],
    });
  }
  return results.sort(byRank);
}
