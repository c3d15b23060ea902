// Points a therapist found by hand outrank points the matcher only guessed from the map: a point
// found tender comes first (most tender first), and its reason says the therapist found it.
import type { MatchablePoint, MatchResult } from './match.js';

/** What the ranking reads of a therapist's finding. */
export interface FoundPoint {
  /** The per-side content id, such as glute-overlap-point-left. */
  readonly triggerPoint: string;
  /** 0 not tender to 3 severe. */
  readonly tenderness: number;
  /** Pressing it brought on the person's usual pain; null when not noted. */
  readonly reproducesPain: boolean | null;
}

/** A ranked point with what the therapist found there, when they examined it. */
export interface RankedPoint extends MatchResult {
  readonly found?: { readonly tenderness: number; readonly reproducesPain: boolean };
}

export const foundTenderWords = 'Your therapist found this point tender.';
export const reproducedWords = 'Pressing it brought on your usual pain.';
export const foundNotTenderWords = 'Your therapist checked this point and it was not tender.';

/** Several findings on one point (two therapists, say) count as the strongest of them. */
function foundByPoint(findings: readonly FoundPoint[]) {
  const byPoint = new Map<string, { tenderness: number; reproducesPain: boolean }>();
  for (const finding of findings) {
    const seen = byPoint.get(finding.triggerPoint);
    byPoint.set(finding.triggerPoint, {
      tenderness: Math.max(seen?.tenderness ?? 0, finding.tenderness),
      reproducesPain: (seen?.reproducesPain ?? false) || finding.reproducesPain === true,
    });
  }
  return byPoint;
}

/** 0: found tender; 1: not examined (the map's guess); 2: examined and not tender. */
export const foundTier = (point: Pick<RankedPoint, 'found'>): number =>
  point.found === undefined ? 1 : point.found.tenderness > 0 ? 0 : 2;

const whyWith = (found: NonNullable<RankedPoint['found']>, mapWhy: string): string => {
  const lines =
    found.tenderness > 0
      ? [foundTenderWords, ...(found.reproducesPain ? [reproducedWords] : [])]
      : [foundNotTenderWords];
  return [...lines, ...(mapWhy === '' ? [] : [mapWhy])].join(' ');
};

/**
 * The matcher's ranking with the therapist's findings: points found tender first (more tender,
 * then the one that brought on the usual pain, then the map's order), then the map's guesses in
 * their order, then points found not tender. A point found tender that the map did not suggest
 * joins with score 0. Without findings the ranking is returned as it was.
 */
export function rankWithFindings(
  matches: readonly MatchResult[],
  findings: readonly FoundPoint[],
  points: readonly MatchablePoint[],
): RankedPoint[] {
  if (findings.length === 0) return [...matches];
  const found = foundByPoint(findings);
  const ranked: RankedPoint[] = matches.map((match) => {
    const here = found.get(match.triggerPoint);
    return here ? { ...match, found: here, why: whyWith(here, match.why) } : match;
  });
  for (const point of points) {
    const here = found.get(point.id);
    if (!here || here.tenderness === 0 || matches.some((m) => m.triggerPoint === point.id))
      continue;
    ranked.push({
      triggerPoint: point.id,
      muscle: point.muscle,
      score: 0,
      step: point.step,
      why: whyWith(here, ''),
      explains: [],
      found: here,
    });
  }
  const order = new Map(ranked.map((point, index) => [point.triggerPoint, index]));
  return ranked.sort(
    (a, b) =>
      foundTier(a) - foundTier(b) ||
      (b.found?.tenderness ?? 0) - (a.found?.tenderness ?? 0) ||
      Number(b.found?.reproducesPain ?? false) - Number(a.found?.reproducesPain ?? false) ||
      order.get(a.triggerPoint)! - order.get(b.triggerPoint)!,
  );
}
