// Student's t distribution: the cumulative probability and its inverse (the quantile), which
// the confidence intervals on small samples of pain drops need. Exact to about 1e-12.

const LANCZOS = [
  0.999_999_999_999_809_9, 676.520_368_121_885_1, -1259.139_216_722_402_8, 771.323_428_777_653_1,
  -176.615_029_162_140_6, 12.507_343_278_686_905, -0.138_571_095_265_720_12,
  9.984_369_578_019_572e-6, 1.505_632_735_149_311_6e-7,
] as const;

/** ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, nine terms). */
export const lnGamma = (x: number): number => {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
};

const TINY = 1e-300;
const EPSILON = 1e-15;

// Continued fraction for the incomplete beta function, evaluated by the modified Lentz method
// (Press et al., Numerical Recipes, 3rd ed., 2007, section 6.4).
const betaContinuedFraction = (x: number, a: number, b: number): number => {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let fraction = d;
  for (let m = 1; m <= 10_000; m += 1) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = 1 + even / c;
    c = Math.abs(c) < TINY ? TINY : c;
    fraction *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = 1 + odd / c;
    c = Math.abs(c) < TINY ? TINY : c;
    const step = d * c;
    fraction *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return fraction;
};

/**
 * The regularized incomplete beta I_x(a, b). `y` is 1 - x, passed in separately so that values
 * of x close to 1 keep their precision.
 */
const regularizedBeta = (x: number, y: number, a: number, b: number): number => {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(y);
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(y, b, a)) / b;
};

/** P(T > t) for t >= 0, with `df` degrees of freedom. */
const upperTail = (t: number, df: number): number => {
  const t2 = t * t;
  return 0.5 * regularizedBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
};

const density = (t: number, df: number): number =>
  Math.exp(
    lnGamma((df + 1) / 2) -
      lnGamma(df / 2) -
      0.5 * Math.log(df * Math.PI) -
      ((df + 1) / 2) * Math.log1p((t * t) / df),
  );

/** P(T <= t) for Student's t with `df` > 0 degrees of freedom. */
export const studentTCdf = (t: number, df: number): number =>
  t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);

// The standard normal quantile, by Acklam's rational approximation (relative error < 1.2e-9);
// only a starting point for the Newton steps below.
const normalQuantileStart = (p: number): number => {
  const a = [
    -39.696_830_286_653_76, 220.946_098_424_520_5, -275.928_510_446_968_7, 138.357_751_867_269,
    -30.664_798_066_147_16, 2.506_628_277_459_239,
  ];
  const b = [
    -54.476_098_798_224_06, 161.585_836_858_040_9, -155.698_979_859_886_6, 66.801_311_887_719_72,
    -13.280_681_552_885_72,
  ];
  const c = [
    -0.007_784_894_002_430_293, -0.322_396_458_041_136_4, -2.400_758_277_161_838,
    -2.549_732_539_343_734, 4.374_664_141_464_968, 2.938_163_982_698_783,
  ];
  const d = [
    0.007_784_695_709_041_462, 0.322_467_129_070_039_8, 2.445_134_137_142_996,
    3.754_408_661_907_416,
  ];
  const poly = (k: readonly number[], x: number): number =>
    k.reduce((acc, value) => acc * x + value, 0);
  const low = 0.024_25;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
};

/**
 * The t value below which a fraction `p` of Student's t distribution with `df` degrees of
 * freedom lies (R's `qt(p, df)`). NaN when p is outside (0, 1) or df is not positive.
 */
const quantileOf = (p: number, df: number): number => {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  const tailProbability = Math.min(p, 1 - p);
  const sign = p > 0.5 ? 1 : -1;
  // Cornish-Fisher expansion from the normal quantile: close already for df above about 5.
  const z = normalQuantileStart(1 - tailProbability);
  let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  let low = 0;
  let high = Math.max(2 * t, 1);
  while (upperTail(high, df) > tailProbability) high *= 2;
  if (!(t > low && t < high)) t = (low + high) / 2;
  // Newton's method on the upper tail, kept inside a shrinking bracket so it cannot run away.
  for (let i = 0; i < 200; i += 1) {
    const gap = upperTail(t, df) - tailProbability;
    if (gap > 0) low = t;
    else high = t;
    let next = t + gap / density(t, df);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.max(1, t)) {
      t = next;
      break;
    }
    t = next;
  }
  return sign * t;
};

/**
 * Quantiles already worked out, by level and degrees of freedom: a plan weighing years of
 * sessions asks for the same few many times, and each costs milliseconds of iteration.
 */
const knownQuantiles = new Map<string, number>();

export const studentTQuantile = (p: number, df: number): number => {
  const key = `${p}|${df}`;
  const known = knownQuantiles.get(key);
  if (known !== undefined) return known;
  const value = quantileOf(p, df);
  // Bounded: a few levels times the session counts people reach.
  if (knownQuantiles.size < 10_000) knownQuantiles.set(key, value);
  return value;
};
