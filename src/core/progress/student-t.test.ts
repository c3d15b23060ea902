import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile } from './student-t.js';

// Two-sided 95% critical values t(0.975, df) as printed in standard statistics tables.
const PRINTED_TABLE: readonly number[] = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

describe('Student t quantile used for the confidence intervals', () => {
  it('matches the printed 95% table for 1 to 30 degrees of freedom to three decimals', () => {
    PRINTED_TABLE.forEach((printed, index) => {
      expect(Math.abs(studentTQuantile(0.975, index + 1) - printed)).toBeLessThan(0.0005 + 1e-12);
    });
  });

  it("matches R's qt() to eight decimals, small and large df, several levels", () => {
    const cases: readonly [number, number, number][] = [
      [0.975, 1, 12.70620474],
      [0.975, 2, 4.30265273],
      [0.975, 5, 2.570581836],
      [0.975, 10, 2.228138852],
      [0.975, 30, 2.042272456],
      [0.975, 100, 1.983971519],
      [0.95, 5, 2.015048373],
      [0.995, 10, 3.169272673],
      [0.6, 2, 0.288675135],
    ];
    for (const [p, df, expected] of cases) expect(studentTQuantile(p, df)).toBeCloseTo(expected, 8);
  });

  it('agrees with the closed forms for 1 and 2 degrees of freedom', () => {
    // df = 1 is the Cauchy distribution: t = tan(pi (p - 1/2)).
    expect(studentTQuantile(0.9999, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4999), 6);
    // df = 2: t = (2p - 1) / sqrt(2 p (1 - p)).
    const p = 0.9;
    expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 12);
  });

  it('approaches the normal 1.959964 as df grows', () => {
    expect(studentTQuantile(0.975, 1_000_000)).toBeCloseTo(1.959966, 6);
  });

  it('is 0 at the median, symmetric, and NaN outside its domain', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 3)).toBeCloseTo(-studentTQuantile(0.975, 3), 12);
    expect(studentTQuantile(0, 3)).toBeNaN();
    expect(studentTQuantile(1, 3)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });

  it('inverts the cumulative probability for any level and df', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (p, df) => {
          expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
        },
      ),
    );
  });
});
