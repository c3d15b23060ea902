// How well one trigger point explains one pain map: a score in [0, 1] from the pain that
// falls in its referral zones and over the point itself, weighted by intensity.
import type { PainMark } from '../body/pain-map.js';
import type { RegionId } from '../body/regions.js';

/** The parts of a trigger point the score reads. */
export interface ReferralPattern {
  readonly over: readonly string[];
  readonly referral: {
    readonly essential: readonly string[];
    readonly spillover: readonly string[];
  };
}

// Weights, in quarters so every sum below is an exact integer (see `painUnits`):
// - essential 4 (1.0): Travell's essential zone is where nearly everyone with the point
//   active feels its pain (Simons, Travell & Simons, Myofascial Pain and Dysfunction: The
//   Trigger Point Manual, 2nd ed., vol. 1, ch. 2), so pain there is the strongest sign.
// - over 3 (0.75): active points are tender on the spot, and the article notes spinal
//   erector points sit right where people feel their pain (S24); but pain on a spot has
//   many other causes, so it counts less than the essential zone.
// - spillover 2 (0.5): felt by only some people, and patterns vary from person to person
//   (S15), so it counts half.
// A region in more than one part takes its highest weight.
const essentialWeight = 4;
const overWeight = 3;
const spilloverWeight = 2;

/**
 * Intensity in hundredths, as an integer. Sums of integers are exact, so a score does
 * not depend on the order of the marks, and a mirrored map gives bit-for-bit the mirrored
 * scores. Finer steps than 0.01 mean nothing on a 0-10 scale. Out-of-range values (the
 * request check already refuses them) are clamped, and anything not a number counts as 0.
 */
export function painUnits(intensity: number): number {
  if (!Number.isFinite(intensity)) return 0;
  return Math.round(Math.min(10, Math.max(0, intensity)) * 100);
}

/** Each region of a point's pattern with its weight: essential beats over beats spillover. */
export function zoneWeights(point: ReferralPattern): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  const add = (regions: readonly string[], weight: number) => {
    for (const region of regions) weights.set(region, Math.max(weights.get(region) ?? 0, weight));
  };
  add(point.referral.spillover, spilloverWeight);
  add(point.over, overWeight);
  add(point.referral.essential, essentialWeight);
  return weights;
}

export interface PointScore {
  readonly score: number;
  /** Painful marked regions the point explains, in the order of the marks given. */
  readonly explains: readonly RegionId[];
}

/**
 * Scores one point against marks that hold one mark per region.
 *
 * score = sqrt(coverage x fill), where
 * - coverage: the share of all the person's pain, by intensity, that falls in the point's
 *   pattern, each region at its weight. "How much of your pain does this point explain?"
 * - fill: the share of the point's pattern, by weight, where the person marked any pain.
 *   "How much of this point's usual pattern do you have?" It counts presence, not
 *   intensity, so a region at 2 fills the pattern as well as one at 9.
 * The score is 1 only when all the pain lies in the essential zone and fills the whole
 * pattern; pain in the spillover zone or over the point counts, but explains less.
 * Coverage alone would rate a point with a huge zone as high as one that fits exactly;
 * fill alone would ignore pain the point cannot explain. Both lie in [0, 1], so their
 * geometric mean does too, and it is 0 exactly when no pain falls in the pattern.
 * Adding pain to an essential region raises coverage (its weight is the highest) and
 * never lowers fill, so the score can only go up.
 * Marks at intensity 0 ("marked, no pain right now") add nothing to either share.
 */
export function scorePoint(marks: readonly PainMark[], point: ReferralPattern): PointScore {
  const weights = zoneWeights(point);
  let allPain = 0;
  let explainedPain = 0;
  let filledWeight = 0;
  const explains: RegionId[] = [];
  for (const mark of marks) {
    const pain = painUnits(mark.intensity);
    if (pain === 0) continue;
    allPain += pain;
    const weight = weights.get(mark.id) ?? 0;
    if (weight === 0) continue;
    explainedPain += pain * weight;
    filledWeight += weight;
    explains.push(mark.id);
  }
  let patternWeight = 0;
  for (const weight of weights.values()) patternWeight += weight;
  if (explainedPain === 0 || patternWeight === 0) return { score: 0, explains: [] };
  const coverage = explainedPain / (allPain * essentialWeight);
  const fill = filledWeight / patternWeight;
  return { score: Math.sqrt(coverage * fill), explains };
}
