// The promises the matcher makes for any pain map, checked with fast-check on generated
// mirror-symmetric point sets and on the real trigger points of the knowledge base.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { triggerPoints } from '../../content/trigger-points.js';
import { mirrorPainMap } from '../body/pain-map.js';
import { mirrorRegionId, type RegionId, regionIds, regionSide } from '../body/regions.js';
import { specMuscles } from '../spec/index.js';
import { type MatchablePoint, type MatchResult, matchTriggerPoints } from './match.js';
import { painUnits } from './score.js';

/** A point with the pair it belongs to, so its twin on the other side can be found. */
type PairedPoint = MatchablePoint & { readonly pair: string };

const leftOrMiddle = regionIds.filter((id) => regionSide(id) !== 'right');
const patternOf = (p: MatchablePoint): string[] => [
  ...p.over,
  ...p.referral.essential,
  ...p.referral.spillover,
];

const intensity = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
);

/**
 * Pain maps that mostly land on the points' patterns (random regions rarely would), with
 * repeats and zeros. `onlyLeft` keeps them on the person's left and the midline.
 */
function painMapsFor(points: readonly MatchablePoint[], onlyLeft = false) {
  const inPatterns = [...new Set(points.flatMap(patternOf))] as RegionId[];
  const allowed = (ids: readonly RegionId[]) =>
    onlyLeft ? ids.filter((id) => regionSide(id) !== 'right') : ids;
  const near = allowed(inPatterns);
  const region =
    near.length > 0
      ? fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...near) },
          fc.constantFrom(...allowed(regionIds)),
        )
      : fc.constantFrom(...allowed(regionIds));
  return fc.array(fc.record({ id: region, intensity }), { minLength: 1, maxLength: 12 });
}

/** A point set together with a pain map drawn for it. */
const withPain = (points: fc.Arbitrary<readonly PairedPoint[]>, onlyLeft = false) =>
  points.chain((ps) => fc.tuple(fc.constant(ps), painMapsFor(ps, onlyLeft)));

/** Each point's twin on the other side (a midline point is its own twin). */
function twinsOf(points: readonly PairedPoint[]): ReadonlyMap<string, string> {
  const other = { left: 'right', right: 'left', center: 'center' } as const;
  return new Map(
    points.map((p) => {
      const twin = points.find((q) => q.pair === p.pair && q.side === other[p.side]);
      return [p.id, twin?.id ?? '(no twin)'];
    }),
  );
}

const scoreOf = (results: readonly MatchResult[], id: string | undefined) =>
  results.find((r) => r.triggerPoint === id)?.score ?? 0;
const stepOrder = (step: MatchResult['step']) => step ?? 4;

/** The properties of issue 5, stated once and run on any point set. */
function checkRankingProperties(points: fc.Arbitrary<readonly PairedPoint[]>) {
  it('gives every point a score between 0 and 1', () => {
    fc.assert(
      fc.property(withPain(points), ([ps, marks]) => {
        for (const r of matchTriggerPoints(marks, ps)) {
          expect(r.score).toBeGreaterThan(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('lists every point with pain in its pattern, and only those, best first', () => {
    fc.assert(
      fc.property(withPain(points), ([ps, marks]) => {
        const results = matchTriggerPoints(marks, ps);
        results.slice(1).forEach((r, i) => {
          const before = results[i]!;
          expect(before.score).toBeGreaterThanOrEqual(r.score);
          if (before.score !== r.score) return;
          expect(stepOrder(before.step)).toBeLessThanOrEqual(stepOrder(r.step));
          if (before.step === r.step) expect(before.triggerPoint < r.triggerPoint).toBe(true);
        });
        const listed = new Set(results.map((r) => r.triggerPoint));
        for (const p of ps) {
          const pained = marks.some(
            (m) => patternOf(p).includes(m.id) && painUnits(m.intensity) > 0,
          );
          expect(listed.has(p.id), p.id).toBe(pained);
        }
      }),
    );
  });

  it('never lowers a point when pain is added inside its essential zone', () => {
    fc.assert(
      fc.property(withPain(points), fc.nat(), intensity, ([ps, marks], pick, added) => {
        const point = ps[pick % ps.length]!;
        const zone = point.referral.essential;
        const region = zone[pick % zone.length] as RegionId;
        const before = scoreOf(matchTriggerPoints(marks, ps), point.id);
        const more = [...marks, { id: region, intensity: added }];
        expect(scoreOf(matchTriggerPoints(more, ps), point.id)).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('mirrors the ranking when the pain map is mirrored left to right', () => {
    fc.assert(
      fc.property(withPain(points), ([ps, marks]) => {
        const twins = twinsOf(ps);
        const results = matchTriggerPoints(marks, ps);
        const mirrored = matchTriggerPoints(mirrorPainMap(marks), ps);
        for (const r of results) expect(scoreOf(mirrored, twins.get(r.triggerPoint))).toBe(r.score);
        // The same scores in the same places: the order can differ only inside a tie.
        expect(mirrored.map((r) => r.score)).toEqual(results.map((r) => r.score));
      }),
    );
  });

  it('ranks left points above their right twins for pain on the left', () => {
    fc.assert(
      fc.property(withPain(points, true), ([ps, marks]) => {
        const twins = twinsOf(ps);
        const results = matchTriggerPoints(marks, ps);
        const rank = (id: string | undefined) => results.findIndex((r) => r.triggerPoint === id);
        for (const left of ps.filter((p) => p.side === 'left')) {
          const right = twins.get(left.id);
          expect(scoreOf(results, left.id)).toBeGreaterThanOrEqual(scoreOf(results, right));
          const painOnItsSide = marks.some(
            (m) =>
              patternOf(left).includes(m.id) &&
              regionSide(m.id) === 'left' &&
              painUnits(m.intensity) > 0,
          );
          if (!painOnItsSide) continue;
          expect(scoreOf(results, left.id)).toBeGreaterThan(scoreOf(results, right));
          if (rank(right) !== -1) expect(rank(left.id)).toBeLessThan(rank(right));
        }
      }),
    );
  });

  it('gives the same answer whatever order the marks come in', () => {
    fc.assert(
      fc.property(withPain(points), ([ps, marks]) => {
        expect(matchTriggerPoints([...marks].reverse(), ps)).toEqual(matchTriggerPoints(marks, ps));
      }),
    );
  });

  it('returns nothing, and no NaN, for a map marked only at intensity 0', () => {
    fc.assert(
      fc.property(withPain(points), ([ps, marks]) => {
        const calm = marks.map((m) => ({ ...m, intensity: 0 }));
        expect(matchTriggerPoints(calm, ps)).toEqual([]);
      }),
    );
  });
}

// Generated point sets: each pair has a pattern on the left side and the midline, and its
// right twin the mirror image; a midline point has a pattern that is its own mirror.
const someRegions = (min: number, max: number) =>
  fc.uniqueArray(fc.constantFrom(...leftOrMiddle), { minLength: min, maxLength: max });
const mirrorAll = (ids: readonly RegionId[]) => ids.map(mirrorRegionId);
const bothSides = (ids: readonly RegionId[]) => [...new Set([...ids, ...mirrorAll(ids)])];

const generatedPair = fc.record({
  muscle: fc.constantFrom(...specMuscles.map((m) => m.id)),
  step: fc.constantFrom(1, 2, 3, null),
  midline: fc.boolean(),
  over: someRegions(1, 2),
  essential: someRegions(1, 5),
  spillover: someRegions(0, 6),
});

const symmetricPoints: fc.Arbitrary<readonly PairedPoint[]> = fc
  .array(generatedPair, { minLength: 1, maxLength: 8 })
  .map((pairs) =>
    pairs.flatMap(({ midline, over, essential, spillover, ...rest }, i): PairedPoint[] => {
      const pair = `p${i}`;
      if (midline) {
        const referral = { essential: bothSides(essential), spillover: bothSides(spillover) };
        return [
          { ...rest, pair, id: `${pair}-center`, side: 'center', over: bothSides(over), referral },
        ];
      }
      return [
        {
          ...rest,
          pair,
          id: `${pair}-left`,
          side: 'left',
          over,
          referral: { essential, spillover },
        },
        {
          ...rest,
          pair,
          id: `${pair}-right`,
          side: 'right',
          over: mirrorAll(over),
          referral: { essential: mirrorAll(essential), spillover: mirrorAll(spillover) },
        },
      ];
    }),
  );

describe('the matcher on generated mirror-symmetric points', () => {
  checkRankingProperties(symmetricPoints);
});

describe('the matcher on the real trigger points', () => {
  checkRankingProperties(fc.constant(triggerPoints));
});
