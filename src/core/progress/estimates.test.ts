import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquaresSlope, meanInterval } from './estimates.js';

describe('mean with a 95% confidence interval', () => {
  it('gives the hand-computed interval for drops 2, 3, 4', () => {
    // mean 3; s = sqrt((1 + 0 + 1) / 2) = 1; s/sqrt(3) = 0.577350; t(0.975, 2) = 4.302653
    // half-width 2.484138, so 0.515862 to 5.484138
    const interval = meanInterval([2, 3, 4]);
    expect(interval?.mean).toBe(3);
    expect(interval?.standardDeviation).toBe(1);
    expect(interval?.low).toBeCloseTo(0.515862, 6);
    expect(interval?.high).toBeCloseTo(5.484138, 6);
  });

  it('gives the hand-computed interval for drops 1, 2, 3, 6', () => {
    // mean 3; squares 4 + 1 + 0 + 9 = 14; s = sqrt(14 / 3) = 2.160247; s/2 = 1.080123
    // t(0.975, 3) = 3.182446; half-width 3.437435, so -0.437435 to 6.437435
    const interval = meanInterval([1, 2, 3, 6]);
    expect(interval?.standardDeviation).toBeCloseTo(2.160247, 6);
    expect(interval?.low).toBeCloseTo(-0.437435, 6);
    expect(interval?.high).toBeCloseTo(6.437435, 6);
  });

  it('shrinks to the mean when every drop is the same, and needs two values', () => {
    expect(meanInterval([2, 2, 2])).toMatchObject({ mean: 2, low: 2, high: 2 });
    expect(meanInterval([4])).toBeNull();
  });

  it('always holds its mean, and the mean lies between the smallest and largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 2, maxLength: 60 }),
        (drops) => {
          const interval = meanInterval(drops);
          expect(interval).not.toBeNull();
          if (interval === null) return;
          expect(interval.low).toBeLessThanOrEqual(interval.mean);
          expect(interval.high).toBeGreaterThanOrEqual(interval.mean);
          expect(interval.mean).toBeGreaterThanOrEqual(Math.min(...drops));
          expect(interval.mean).toBeLessThanOrEqual(Math.max(...drops));
        },
      ),
    );
  });
});

describe('least-squares slope', () => {
  it('gives -1.5 for (0, 6), (1, 5), (2, 3)', () => {
    // mean x 1, mean y 14/3; sum of products (-1)(4/3) + 0 + (1)(-5/3) = -3; sum of squares 2
    expect(
      leastSquaresSlope([
        { x: 0, y: 6 },
        { x: 1, y: 5 },
        { x: 2, y: 3 },
      ]),
    ).toBeCloseTo(-1.5, 12);
  });

  it('has no slope when every x is the same or there is one point', () => {
    expect(
      leastSquaresSlope([
        { x: 1, y: 2 },
        { x: 1, y: 5 },
      ]),
    ).toBeNull();
    expect(leastSquaresSlope([{ x: 1, y: 2 }])).toBeNull();
  });

  it('recovers the slope of any straight line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -5, max: 5 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 30 }),
        (slope, intercept, xs) => {
          const points = xs.map((x) => ({ x, y: intercept + slope * x }));
          expect(leastSquaresSlope(points)).toBeCloseTo(slope, 9);
        },
      ),
    );
  });
});
