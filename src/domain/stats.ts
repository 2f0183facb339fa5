/**
 * Statistics for comparing the conversion of two arms (control and treatment) of a journey
 * experiment: the two-proportion z-test, Fisher's exact test, the Bayesian chance to beat
 * control, and the sample size per arm needed to detect a given effect.
 *
 * Pure TypeScript with no dependency. Every public function validates its input and throws a
 * RangeError whose message names the offending argument.
 *
 * Numerical methods:
 * - erfc: W. J. Cody, "Rational Chebyshev approximations for the error function",
 *   Math. Comp. 23 (1969) 631-638, as in netlib specfun CALERF (relative error ~1e-16).
 * - normal quantile: M. J. Wichura, "Algorithm AS 241: the percentage points of the normal
 *   distribution", Applied Statistics 37 (1988) 477-484, PPND16 (relative error ~1e-16).
 * - Fisher's exact test: hypergeometric weights by the ratio recurrence outward from the mode,
 *   normalised by their sum; two-sided p-value as in R's fisher.test (tables no more likely
 *   than the observed one, with a relative tolerance of 1e-7).
 * - Chance to beat control: Evan Miller's closed form for P(Beta_t > Beta_c), "Formulas for
 *   Bayesian A/B Testing" (2015), summed over the smallest of the four Beta parameters.
 */

export interface Arm {
  users: number;
  conversions: number;
}

export interface Comparison {
  controlRate: number;
  treatmentRate: number;
  /** treatmentRate - controlRate */
  absoluteUplift: number;
  /** absoluteUplift / controlRate; null when controlRate is 0 */
  relativeUplift: number | null;
  /** Pooled two-proportion z statistic (0 when the pooled standard error is 0). */
  z: number;
  /** Two-sided p-value from z (1 when the pooled standard error is 0). */
  pValue: number;
  /** Confidence interval of the difference at 1 - alpha, from the unpooled (Wald) standard error. */
  ci: [number, number];
  /** pValue < alpha */
  significant: boolean;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  return typeof value;
}

function checkArm(arm: Arm, name: string): void {
  if (typeof arm !== 'object' || arm === null) {
    throw new RangeError(`${name} must be an object with users and conversions (got ${show(arm)})`);
  }
  const { users, conversions } = arm;
  if (typeof users !== 'number' || !Number.isFinite(users) || !Number.isInteger(users) || users <= 0) {
    throw new RangeError(`${name}.users must be a positive integer (got ${show(users)})`);
  }
  if (
    typeof conversions !== 'number' ||
    !Number.isFinite(conversions) ||
    !Number.isInteger(conversions) ||
    conversions < 0
  ) {
    throw new RangeError(`${name}.conversions must be a non-negative integer (got ${show(conversions)})`);
  }
  if (conversions > users) {
    throw new RangeError(
      `${name}.conversions must not exceed ${name}.users (got ${conversions} conversions for ${users} users)`,
    );
  }
}

function checkArms(control: Arm, treatment: Arm): void {
  checkArm(control, 'control');
  checkArm(treatment, 'treatment');
}

/** A probability-like parameter that must lie strictly between 0 and 1. */
function checkOpenUnit(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw new RangeError(`${name} must be a number strictly between 0 and 1 (got ${show(value)})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Special functions
// ---------------------------------------------------------------------------------------------

// Cody's coefficients (netlib specfun, CALERF).
const ERF_A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
const ERF_B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
const ERFC_C = [
  0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909,
  1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8,
];
const ERFC_D = [
  15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963,
  4362.61909014324716, 3439.36767414372164, 1230.33935480374942,
];
const ERFC_P = [
  0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766,
  6.58749161529837803e-4, 0.0163153871373020978,
];
const ERFC_Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
const ONE_OVER_SQRT_PI = 0.56418958354775628695;

/** exp(-y^2) computed as exp(-s^2) * exp(-(y - s)(y + s)) with s = y rounded down to 1/16 (Cody). */
function expMinusSquare(y: number): number {
  const s = Math.trunc(y * 16) / 16;
  return Math.exp(-s * s) * Math.exp(-(y - s) * (y + s));
}

/** erfc(y) for y >= 0.46875. */
function erfcTail(y: number): number {
  if (y <= 4) {
    let num = ERFC_C[8]! * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + ERFC_C[i]!) * y;
      den = (den + ERFC_D[i]!) * y;
    }
    return (expMinusSquare(y) * (num + ERFC_C[7]!)) / (den + ERFC_D[7]!);
  }
  if (y >= 26.543) return 0; // below the smallest double
  const ysq = 1 / (y * y);
  let num = ERFC_P[5]! * ysq;
  let den = ysq;
  for (let i = 0; i < 4; i++) {
    num = (num + ERFC_P[i]!) * ysq;
    den = (den + ERFC_Q[i]!) * ysq;
  }
  const r = (ysq * (num + ERFC_P[4]!)) / (den + ERFC_Q[4]!);
  return (expMinusSquare(y) * (ONE_OVER_SQRT_PI - r)) / y;
}

/** erf(x) for |x| <= 0.46875. */
function erfSmall(x: number): number {
  const ysq = x * x;
  let num = ERF_A[4]! * ysq;
  let den = ysq;
  for (let i = 0; i < 3; i++) {
    num = (num + ERF_A[i]!) * ysq;
    den = (den + ERF_B[i]!) * ysq;
  }
  return (x * (num + ERF_A[3]!)) / (den + ERF_B[3]!);
}

/** The complementary error function, accurate to about 1e-16 relative over the whole line. */
function erfc(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.46875) return 1 - erfSmall(x);
  const tail = erfcTail(y);
  return x < 0 ? 2 - tail : tail;
}

/**
 * The standard normal cumulative distribution function, accurate in both tails
 * (relative error about 1e-15 x^2 in the far tail, from rounding x / sqrt 2: 1.4e-13 at x = -37.5).
 */
export function normalCdf(x: number): number {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new RangeError(`x must be a number (got ${show(x)})`);
  }
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return 0.5 * erfc(-x / Math.SQRT2);
}

/**
 * The standard normal quantile (inverse CDF), Wichura's AS 241. normalQuantile(0) is -Infinity
 * and normalQuantile(1) is Infinity.
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new RangeError(`p must be a probability between 0 and 1 (got ${show(p)})`);
  }
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) *
          r +
          13731.693765509461125) *
          r +
          1971.5909503065514427) *
          r +
          133.14166789178437745) *
          r +
          3.387132872796366608)) /
      (((((((5226.495278852545561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) *
        r +
        5394.1960214247511077) *
        r +
        687.1870074920579083) *
        r +
        42.313330701600911252) *
        r +
        1)
    );
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let x: number;
  if (r <= 5) {
    r -= 1.6;
    x =
      (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) *
        r +
        3.64784832476320460504) *
        r +
        5.7694972214606914055) *
        r +
        4.6303378461565452959) *
        r +
        1.42343711074968357734) /
      (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) *
        r +
        0.68976733498510000455) *
        r +
        1.6763848301838038494) *
        r +
        2.05319162663775882187) *
        r +
        1);
  } else {
    r -= 5;
    x =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) *
        r +
        0.29656057182850489123) *
        r +
        1.7848265399172913358) *
        r +
        5.4637849111641143699) *
        r +
        6.6579046435011037772) /
      (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) *
        r +
        0.0148753612908506148525) *
        r +
        0.13692988092273580531) *
        r +
        0.59983220655588793769) *
        r +
        1);
  }
  return q < 0 ? -x : x;
}

const HALF_LOG_2PI = 0.91893853320467274178;

/**
 * log Γ(x) for x > 0: Stirling's series for x >= 15, shifted there by the recurrence
 * Γ(x + 1) = x Γ(x) below. Relative error about 1e-15.
 */
function logGamma(x: number): number {
  let shift = 0;
  let product = 1;
  while (x < 15) {
    product *= x;
    x += 1;
    shift += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // Bernoulli terms B_{2k} / (2k (2k - 1) x^(2k-1)), k = 1..7.
  const series =
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 * (1 / 156)))))));
  const value = (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
  return shift === 0 ? value : value - Math.log(product);
}

function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

// ---------------------------------------------------------------------------------------------
// Frequentist comparison
// ---------------------------------------------------------------------------------------------

/**
 * Two-proportion z-test of treatment against control. The z statistic and p-value use the pooled
 * standard error; the confidence interval of the difference uses the unpooled (Wald) one and is
 * not clipped to [-1, 1].
 */
export function compareProportions(control: Arm, treatment: Arm, alpha = 0.05): Comparison {
  checkArms(control, treatment);
  checkOpenUnit(alpha, 'alpha');
  const n1 = control.users;
  const n2 = treatment.users;
  const p1 = control.conversions / n1;
  const p2 = treatment.conversions / n2;
  const diff = p2 - p1;

  const pooled = (control.conversions + treatment.conversions) / (n1 + n2);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = pooledSe > 0 ? diff / pooledSe : 0;
  // Two-sided: 2 * Φ(-|z|) = erfc(|z| / √2), accurate in the far tail.
  const pValue = pooledSe > 0 ? Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) : 1;

  const waldSe = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const margin = normalQuantile(1 - alpha / 2) * waldSe;

  return {
    controlRate: p1,
    treatmentRate: p2,
    absoluteUplift: diff,
    relativeUplift: p1 === 0 ? null : diff / p1,
    z,
    pValue,
    ci: [diff - margin, diff + margin],
    significant: pValue < alpha,
  };
}

/**
 * True when any expected count of the 2x2 table (arm x converted / not converted) under
 * independence is below 5, the usual rule for preferring Fisher's exact test to the z-test.
 */
export function expectedCellsBelowFive(control: Arm, treatment: Arm): boolean {
  checkArms(control, treatment);
  const total = control.users + treatment.users;
  const converted = control.conversions + treatment.conversions;
  const notConverted = total - converted;
  const smallestRow = Math.min(control.users, treatment.users);
  const smallestColumn = Math.min(converted, notConverted);
  // The smallest expected cell is the product of the smallest margins over the total.
  return (smallestRow * smallestColumn) / total < 5;
}

/**
 * Two-sided p-value of Fisher's exact test on the 2x2 table: the total probability, under the
 * hypergeometric null with all margins fixed, of the tables no more likely than the observed
 * one (with R's relative tolerance of 1e-7 for ties).
 */
export function fisherExactPValue(control: Arm, treatment: Arm): number {
  checkArms(control, treatment);
  const m = control.users; // first row total
  const n = treatment.users; // second row total
  const k = control.conversions + treatment.conversions; // first column total
  const observed = control.conversions;
  const lo = Math.max(0, k - n);
  const hi = Math.min(k, m);
  if (lo === hi) return 1;

  // Mode of the hypergeometric distribution; weights relative to it never overflow, and those
  // that underflow are below 1e-308 of the mode and do not matter.
  const mode = Math.min(hi, Math.max(lo, Math.floor(((k + 1) * (m + 1)) / (m + n + 2))));
  const weights = new Float64Array(hi - lo + 1);
  weights[mode - lo] = 1;
  // w(x + 1) / w(x) = (m - x)(k - x) / ((x + 1)(n - k + x + 1))
  for (let x = mode; x < hi; x++) {
    const w = (weights[x - lo]! * ((m - x) * (k - x))) / ((x + 1) * (n - k + x + 1));
    weights[x + 1 - lo] = w;
    if (w === 0) break;
  }
  for (let x = mode; x > lo; x--) {
    const w = (weights[x - lo]! * (x * (n - k + x))) / ((m - x + 1) * (k - x + 1));
    weights[x - 1 - lo] = w;
    if (w === 0) break;
  }

  const threshold = weights[observed - lo]! * (1 + 1e-7);
  let total = 0;
  let tail = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    total += w;
    if (w <= threshold) tail += w;
  }
  return Math.min(1, tail / total);
}

// ---------------------------------------------------------------------------------------------
// Bayesian comparison
// ---------------------------------------------------------------------------------------------

/**
 * P(X_b > X_a) for independent X_a ~ Beta(aA, bA) and X_b ~ Beta(aB, bB) with integer aB (Evan
 * Miller): sum over i < aB of B(aA + i, bA + bB) / ((bB + i) B(1 + i, bB) B(aA, bA)). The terms
 * follow term(i + 1) / term(i) = (aA + i)(bB + i) / ((i + 1)(aA + bA + bB + i)), summed in log
 * space with a running scale so that none underflows.
 */
function betaGreaterProbability(aA: number, bA: number, aB: number, bB: number): number {
  let logTerm = logBeta(aA, bA + bB) - logBeta(aA, bA);
  let scale = logTerm; // sum = scaled * exp(scale)
  let scaled = 0;
  for (let i = 0; i < aB; i++) {
    if (logTerm > scale) {
      scaled = scaled * Math.exp(scale - logTerm) + 1;
      scale = logTerm;
    } else {
      scaled += Math.exp(logTerm - scale);
    }
    logTerm += Math.log(((aA + i) * (bB + i)) / ((i + 1) * (aA + bA + bB + i)));
  }
  return scaled * Math.exp(scale);
}

/**
 * The posterior probability that the treatment's conversion rate exceeds the control's, with
 * independent uniform priors (posteriors Beta(1 + conversions, 1 + users - conversions)),
 * computed exactly by Evan Miller's closed form. The loop runs over the smallest of the four
 * Beta parameters, so it takes at most min(conversions, non-conversions) + 1 steps.
 */
export function chanceToBeatControl(control: Arm, treatment: Arm): number {
  checkArms(control, treatment);
  const aC = 1 + control.conversions;
  const bC = 1 + control.users - control.conversions;
  const aT = 1 + treatment.conversions;
  const bT = 1 + treatment.users - treatment.conversions;
  const smallest = Math.min(aC, bC, aT, bT);
  let p: number;
  if (smallest === aT) {
    p = betaGreaterProbability(aC, bC, aT, bT);
  } else if (smallest === aC) {
    p = 1 - betaGreaterProbability(aT, bT, aC, bC);
  } else if (smallest === bC) {
    // p_t > p_c  <=>  1 - p_c > 1 - p_t, with 1 - p ~ Beta(b, a).
    p = betaGreaterProbability(bT, aT, bC, aC);
  } else {
    p = 1 - betaGreaterProbability(bC, aC, bT, aT);
  }
  return Math.min(1, Math.max(0, p));
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/**
 * Users needed in each arm for a two-sided two-proportion z-test at level alpha to detect an
 * absolute change of minDetectableEffect from baselineRate with the given power:
 * n = ceil((z_{1-alpha/2} sqrt(2 pbar (1 - pbar)) + z_power sqrt(p1 (1 - p1) + p2 (1 - p2)))^2
 *          / (p2 - p1)^2), with p2 = p1 + mde and pbar = (p1 + p2) / 2.
 */
export function sampleSizePerArm(
  baselineRate: number,
  minDetectableEffect: number,
  alpha = 0.05,
  power = 0.8,
): number {
  checkOpenUnit(baselineRate, 'baselineRate');
  if (typeof minDetectableEffect !== 'number' || !Number.isFinite(minDetectableEffect)) {
    throw new RangeError(`minDetectableEffect must be a finite number (got ${show(minDetectableEffect)})`);
  }
  if (minDetectableEffect === 0) {
    throw new RangeError('minDetectableEffect must not be 0');
  }
  const p1 = baselineRate;
  const p2 = p1 + minDetectableEffect;
  if (!(p2 > 0 && p2 < 1)) {
    throw new RangeError(
      `baselineRate + minDetectableEffect must be strictly between 0 and 1 (got ${p1} + ${minDetectableEffect} = ${p2})`,
    );
  }
  checkOpenUnit(alpha, 'alpha');
  checkOpenUnit(power, 'power');
  const pbar = (p1 + p2) / 2;
  const zAlpha = normalQuantile(1 - alpha / 2);
  const zPower = normalQuantile(power);
  const root = zAlpha * Math.sqrt(2 * pbar * (1 - pbar)) + zPower * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const delta = p2 - p1;
  return Math.max(1, Math.ceil((root * root) / (delta * delta)));
}
