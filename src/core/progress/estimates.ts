// Small-sample estimates over pain numbers: the mean with its t-based confidence interval, and
// the least-squares slope of a trend. Two passes over the data, so rounding stays small.
import { studentTQuantile } from './student-t.js';

export const mean = (values: readonly number[]): number => {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
};

export interface MeanInterval {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (divides by n - 1). */
  readonly standardDeviation: number;
  readonly low: number;
  readonly high: number;
  /** The confidence level, such as 0.95. */
  readonly level: number;
}

/**
 * The mean and its two-sided confidence interval, mean ± t(1 - (1 - level)/2, n - 1) · s/√n,
 * for values taken as a sample from a normal population. Needs at least two values.
 */
export const meanInterval = (values: readonly number[], level = 0.95): MeanInterval | null => {
  const n = values.length;
  if (n < 2) return null;
  const centre = mean(values);
  let squares = 0;
  for (const value of values) squares += (value - centre) ** 2;
  const standardDeviation = Math.sqrt(squares / (n - 1));
  const halfWidth =
    studentTQuantile(1 - (1 - level) / 2, n - 1) * (standardDeviation / Math.sqrt(n));
  return {
    n,
    mean: centre,
    standardDeviation,
    low: centre - halfWidth,
    high: centre + halfWidth,
    level,
  };
};

/** The least-squares slope of y on x; null when every x is the same (no line fits). */
export const leastSquaresSlope = (
  points: readonly { readonly x: number; readonly y: number }[],
): number | null => {
  if (points.length < 2) return null;
  let sumX = 0;
  let sumY = 0;
  for (const point of points) {
    sumX += point.x;
    sumY += point.y;
  }
  const meanX = sumX / points.length;
  const meanY = sumY / points.length;
  let across = 0;
  let spread = 0;
  for (const point of points) {
    across += (point.x - meanX) * (point.y - meanY);
    spread += (point.x - meanX) ** 2;
  }
  return spread === 0 ? null : across / spread;
};
