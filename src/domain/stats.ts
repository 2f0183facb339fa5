/**
 * Statistics for comparing two arms (control and treatment) of a journey experiment: for a
 * conversion, the two-proportion z-test, Fisher's exact test, the Bayesian chance to beat control
 * and the sample size per arm needed to detect a given effect; for a value per customer,
 * Welch's t-test and its sample size; for both, always-valid intervals that survive looking
 * often, and the sample-ratio-mismatch check of the split.
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
 *   than the observed one, with a relative tolerance of 1e-7). Only the weights that matter
 *   are visited and none is stored, so counts of 10^9 take milliseconds.
 * - Chance to beat control: Evan Miller's closed form for P(Beta_t > Beta_c), "Formulas for
 *   Bayesian A/B Testing" (2015), summed over the smallest of the four Beta parameters (beyond
 *   20,000 terms, over the window of terms around its peak).
 * - Student's t: the regularised incomplete beta function by its continued fraction (Numerical
 *   Recipes 6.4, modified Lentz), Fisher's expansion in 1/df (Abramowitz & Stegun 26.7.5) for
 *   df >= 1e5; the quantile by safeguarded Newton iteration. Welch's test as scipy's
 *   ttest_ind_from_stats(equal_var=False).
 * - Sample ratio mismatch: the chi-square goodness-of-fit test with 1 degree of freedom.
 * - Always-valid intervals: the normal-mixture confidence sequence (Robbins; Howard, Ramdas,
 *   McAuliffe & Sekhon 2021), the mSPRT of Johari et al. as in GrowthBook's sequential testing,
 *   with the mixture tuned to the planned sample.
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

/** The Stirling series part of log Γ(x) for x >= 15 (what follows (x - 1/2) log x - x + log √(2π)). */
function stirlingSeries(x: number): number {
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (
    inv *
    (1 / 12 +
      inv2 *
        (-1 / 360 +
          inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 * (1 / 156)))))))
  );
}

/**
 * log B(a, b). For large arguments the Stirling terms are combined before they are added, so that
 * the huge log Γ values (2e10 at 1e9) do not cancel: the absolute error stays about 1e-16 times
 * the result's own size rather than that of log Γ.
 */
function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (small >= 15) {
    const sum = a + b;
    return (
      -(a - 0.5) * Math.log1p(b / a) -
      (b - 0.5) * Math.log1p(a / b) -
      0.5 * Math.log(sum) +
      HALF_LOG_2PI +
      stirlingSeries(a) +
      stirlingSeries(b) -
      stirlingSeries(sum)
    );
  }
  if (big >= 15) {
    // log Γ(big + small) - log Γ(big), from the two Stirling expansions.
    const sum = big + small;
    const ratio = (big - 0.5) * Math.log1p(small / big) + small * Math.log(sum) - small + stirlingSeries(sum) - stirlingSeries(big);
    return logGamma(small) - ratio;
  }
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
  // below 1e-300 of the mode do not matter. Nothing is stored: the walks cover only the weights
  // that matter (some 9 to 38 standard deviations either side of the mode), so counts of 10^9
  // take a few milliseconds.
  const mode = Math.min(hi, Math.max(lo, Math.floor(((k + 1) * (m + 1)) / (m + n + 2))));
  // w(x + 1) / w(x) = (m - x)(k - x) / ((x + 1)(n - k + x + 1))
  const up = (x: number): number => ((m - x) * (k - x)) / ((x + 1) * (n - k + x + 1));
  const down = (x: number): number => (x * (n - k + x)) / ((m - x + 1) * (k - x + 1));

  // The observed table's weight relative to the mode's (0 when below 1e-300 of it: then the
  // p-value is below about 1e-300 and is given as 0).
  let observedWeight = 1;
  if (observed > mode) {
    for (let x = mode; x < observed && observedWeight >= 1e-300; x++) observedWeight *= up(x);
  } else {
    for (let x = mode; x > observed && observedWeight >= 1e-300; x--) observedWeight *= down(x);
  }
  if (observedWeight < 1e-300) return 0;

  const threshold = observedWeight * (1 + 1e-7);
  // The weights fall away from the mode with a falling ratio r (the distribution is
  // log-concave), so what is left beyond weight w is below w r / (1 - r): a walk stops once that
  // is below 1e-17 of the observed weight (and so of the tail, which includes it), or once the
  // weights reach 1e-300 (beyond, they would stick at the smallest subnormal instead of 0).
  const negligible = Math.max(1e-300, 1e-17 * observedWeight);
  let total = 1;
  let tail = 1 <= threshold ? 1 : 0;
  let w = 1;
  for (let x = mode; x < hi; x++) {
    const r = up(x);
    w *= r;
    total += w;
    if (w <= threshold) tail += w;
    if (w < 1e-300 || (r < 1 && (w * r) / (1 - r) < negligible)) break;
  }
  w = 1;
  for (let x = mode; x > lo; x--) {
    const r = down(x);
    w *= r;
    total += w;
    if (w <= threshold) tail += w;
    if (w < 1e-300 || (r < 1 && (w * r) / (1 - r) < negligible)) break;
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
  if (aB > EXACT_LOOP_LIMIT) return betaGreaterProbabilityWindow(aA, bA, aB, bB);
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

/** Up to this many terms Evan Miller's sum is added term by term; beyond, only its window. */
const EXACT_LOOP_LIMIT = 20000;

/**
 * The same sum for large counts: its terms, as a function of i, rise to one peak and fall (the
 * ratio of consecutive terms decreases), so only the terms around the peak matter. The peak
 * term is computed directly in log space (logBeta keeps about 1e-7 absolute accuracy at 10^9),
 * the others relative to it by the ratio recurrence, walking out until the rest of the sum,
 * bounded by a geometric series, is below 1e-17 of it. That takes some 40 standard deviations
 * of the terms' distribution: at most a few hundred thousand steps for counts of 10^9.
 */
function betaGreaterProbabilityWindow(aA: number, bA: number, aB: number, bB: number): number {
  const ratio = (i: number): number => ((aA + i) * (bB + i)) / ((i + 1) * (aA + bA + bB + i));
  // ratio(i) = 1 at i = (aA bB - aA - bA - bB) / (bA + 1).
  const peak = Math.min(aB - 1, Math.max(0, Math.floor((aA * bB - aA - bA - bB) / (bA + 1))));
  const logPeak = logBeta(aA + peak, bA + bB) - logBeta(aA, bA) - Math.log(bB + peak) - logBeta(1 + peak, bB);
  let sum = 1;
  let term = 1;
  for (let i = peak; i < aB - 1; i++) {
    const r = ratio(i);
    term *= r;
    sum += term;
    if (term === 0 || (r < 1 && (term * r) / (1 - r) < 1e-17 * sum)) break;
  }
  term = 1;
  for (let i = peak; i > 0; i--) {
    const r = 1 / ratio(i - 1);
    term *= r;
    sum += term;
    if (term === 0 || (r < 1 && (term * r) / (1 - r) < 1e-17 * sum)) break;
  }
  return sum * Math.exp(logPeak);
}

/**
 * The posterior probability that the treatment's conversion rate exceeds the control's, with
 * independent uniform priors (posteriors Beta(1 + conversions, 1 + users - conversions)),
 * computed by Evan Miller's closed form. The sum runs over the smallest of the four Beta
 * parameters: term by term up to 20,000 terms, beyond that over the window of terms that matter
 * (a few milliseconds at counts of 10^9).
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

// ---------------------------------------------------------------------------------------------
// Value metrics: Welch's t-test
// ---------------------------------------------------------------------------------------------

/** A group's value per customer (revenue, options bought...): size, mean and sample standard deviation (n - 1). */
export interface Sample {
  n: number;
  mean: number;
  sd: number;
}

export interface WelchResult {
  /** treatment.mean - control.mean */
  difference: number;
  /** Standard error of the difference, sqrt(sd_c^2 / n_c + sd_t^2 / n_t). */
  se: number;
  /** difference / se (0 when both are 0, +-Infinity when only se is 0). */
  t: number;
  /** Welch-Satterthwaite degrees of freedom (n_c + n_t - 2 when se is 0). */
  df: number;
  /** Two-sided p-value from Student's t with df degrees of freedom. */
  p: number;
  /** Confidence interval of the difference at 1 - alpha. */
  ci: [number, number];
  /** difference / control.mean; null when the control mean is 0. */
  relative: number | null;
}

function checkSample(sample: Sample, name: string, minN: number): void {
  if (typeof sample !== 'object' || sample === null) {
    throw new RangeError(`${name} must be an object with n, mean and sd (got ${show(sample)})`);
  }
  const { n, mean, sd } = sample;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < minN) {
    throw new RangeError(`${name}.n must be an integer of at least ${minN} (got ${show(n)})`);
  }
  if (typeof mean !== 'number' || !Number.isFinite(mean)) {
    throw new RangeError(`${name}.mean must be a finite number (got ${show(mean)})`);
  }
  if (typeof sd !== 'number' || !Number.isFinite(sd) || sd < 0) {
    throw new RangeError(`${name}.sd must be a finite number of at least 0 (got ${show(sd)})`);
  }
}

/**
 * The regularised incomplete beta function I_x(a, b), given both x and y = 1 - x (so that a
 * y computed without cancellation keeps its accuracy), by the continued fraction of Numerical
 * Recipes (section 6.4) evaluated with the modified Lentz method, on the side where it
 * converges fast (x < (a + 1) / (a + b + 2)) and by I_x(a, b) = 1 - I_y(b, a) on the other.
 */
function incompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(y, x, b, a);
  // log x and log y from whichever of x, y is exact enough: log1p(-y) when x is near 1.
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b)) / a;
  if (front === 0) return 0;
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let f = d;
  // Enough for a + b up to about 10^10 (the iterations grow like sqrt(max(a, b))).
  for (let m = 1; m <= 1_000_000; m++) {
    const m2 = 2 * m;
    // Even step.
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    f *= d * c;
    // Odd step.
    num = -((a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return front * f;
}

/**
 * Fisher's (Cornish-Fisher) expansion of Student's quantile in 1/df, Abramowitz & Stegun 26.7.5:
 * t = z + g1(z)/df + g2(z)/df^2 + g3(z)/df^3 + g4(z)/df^4 for the normal quantile z. Used for
 * df >= 1e5, where the continued fraction loses accuracy (its point sits at the transition
 * x ~ a / (a + b) and cancels) and the omitted terms are below 1e-20.
 */
function fisherExpansion(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

const LARGE_DF = 1e5;

/** P(|T| > t) for Student's T with df degrees of freedom, t >= 0: I_{df/(df+t^2)}(df/2, 1/2). */
function studentTwoSidedTail(t: number, df: number): number {
  if (t === Infinity) return 0;
  if (t === 0) return 1;
  if (df >= LARGE_DF && t <= 40) {
    // Invert the expansion: the z whose Student quantile is t (a contraction: d/dz ~ z^2 / df).
    let z = t;
    for (let i = 0; i < 50; i++) {
      const next = z - (fisherExpansion(z, df) - t);
      if (Math.abs(next - z) <= 1e-16 * Math.abs(z)) {
        z = next;
        break;
      }
      z = next;
    }
    return erfc(z / Math.SQRT2);
  }
  const t2 = t * t;
  // x = df / (df + t^2) and y = t^2 / (df + t^2), each without cancellation.
  const x = 1 / (1 + t2 / df);
  const y = 1 / (1 + df / t2);
  return Math.min(1, incompleteBeta(x, y, df / 2, 0.5));
}

/** The density of Student's t with df degrees of freedom. */
function studentDensity(t: number, df: number): number {
  return Math.exp(-logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

function checkDf(df: number): void {
  if (typeof df !== 'number' || Number.isNaN(df) || !(df > 0)) {
    throw new RangeError(`df must be a positive number (got ${show(df)})`);
  }
}

/** The cumulative distribution function of Student's t with df > 0 degrees of freedom (Infinity: the normal). */
export function studentTCdf(t: number, df: number): number {
  if (typeof t !== 'number' || Number.isNaN(t)) throw new RangeError(`t must be a number (got ${show(t)})`);
  checkDf(df);
  if (df === Infinity) return normalCdf(t);
  const half = 0.5 * studentTwoSidedTail(Math.abs(t), df);
  return t < 0 ? half : 1 - half;
}

/**
 * The quantile of Student's t with df > 0 degrees of freedom: Newton's method on the log of
 * the tail probability, started from the normal quantile and kept inside a bisection bracket,
 * to about 1e-14 relative.
 */
export function studentTQuantile(p: number, df: number): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new RangeError(`p must be a probability between 0 and 1 (got ${show(p)})`);
  }
  checkDf(df);
  if (df === Infinity) return normalQuantile(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df >= LARGE_DF) {
    const t = fisherExpansion(normalQuantile(p), df);
    if (Math.abs(t) <= 40) return t;
  }
  // Solve P(|T| > t) = target for t > 0 and give it the sign of p - 1/2.
  const target = 2 * Math.min(p, 1 - p);
  const logTarget = Math.log(target);
  let lo = 0;
  let hi = Math.max(1, -normalQuantile(target / 2));
  while (studentTwoSidedTail(hi, df) > target) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) break;
  }
  let t = Math.min(hi, Math.max(lo, -normalQuantile(target / 2)));
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  for (let iteration = 0; iteration < 200; iteration++) {
    const tail = studentTwoSidedTail(t, df);
    if (tail > target) lo = t;
    else hi = t;
    // d/dt log tail(t) = -2 density(t) / tail(t).
    const density = studentDensity(t, df);
    let next = tail > 0 && density > 0 ? t + ((Math.log(tail) - logTarget) * tail) / (2 * density) : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    const converged = Math.abs(next - t) <= 1e-15 * t || hi - lo <= 1e-15 * hi;
    t = next;
    if (converged) break;
  }
  return p < 0.5 ? -t : t;
}

/** A group's Sample from its size, the sum of its values and the sum of their squares (sd = 0 for n = 1). */
export function sampleFromSums(n: number, sum: number, sumOfSquares: number): Sample {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new RangeError(`n must be a positive integer (got ${show(n)})`);
  }
  if (typeof sum !== 'number' || !Number.isFinite(sum)) {
    throw new RangeError(`sum must be a finite number (got ${show(sum)})`);
  }
  if (typeof sumOfSquares !== 'number' || !Number.isFinite(sumOfSquares) || sumOfSquares < 0) {
    throw new RangeError(`sumOfSquares must be a finite number of at least 0 (got ${show(sumOfSquares)})`);
  }
  const mean = sum / n;
  // sum of (x - mean)^2 = sumOfSquares - mean * sum; rounding may leave it slightly negative.
  const squares = sumOfSquares - mean * sum;
  if (squares < -1e-9 * Math.max(1, sumOfSquares)) {
    throw new RangeError(
      `sumOfSquares must be at least sum^2 / n (got ${sumOfSquares} for sum ${sum} and n ${n}): the values cannot have these sums`,
    );
  }
  const sd = n > 1 ? Math.sqrt(Math.max(0, squares) / (n - 1)) : 0;
  return { n, mean, sd };
}

/**
 * Welch's two-sided t-test of treatment against control for a value per customer, with the
 * Welch-Satterthwaite degrees of freedom, as scipy.stats.ttest_ind_from_stats(equal_var=False),
 * and the interval difference +- t_{1-alpha/2, df} se. Each group needs at least 2 customers.
 */
export function welchTest(control: Sample, treatment: Sample, alpha = 0.05): WelchResult {
  checkSample(control, 'control', 2);
  checkSample(treatment, 'treatment', 2);
  checkOpenUnit(alpha, 'alpha');
  const vc = (control.sd * control.sd) / control.n;
  const vt = (treatment.sd * treatment.sd) / treatment.n;
  const difference = treatment.mean - control.mean;
  const se = Math.sqrt(vc + vt);
  const relative = control.mean === 0 ? null : difference / control.mean;
  if (se === 0) {
    const df = control.n + treatment.n - 2;
    const t = difference === 0 ? 0 : difference > 0 ? Infinity : -Infinity;
    return { difference, se, t, df, p: difference === 0 ? 1 : 0, ci: [difference, difference], relative };
  }
  const df = ((vc + vt) * (vc + vt)) / ((vc * vc) / (control.n - 1) + (vt * vt) / (treatment.n - 1));
  const t = difference / se;
  const p = studentTwoSidedTail(Math.abs(t), df);
  const margin = studentTQuantile(1 - alpha / 2, df) * se;
  return { difference, se, t, df, p, ci: [difference - margin, difference + margin], relative };
}

// ---------------------------------------------------------------------------------------------
// Sample ratio mismatch
// ---------------------------------------------------------------------------------------------

/**
 * p-value of the chi-square goodness-of-fit test (1 degree of freedom) of the customers' split
 * against the planned one: a tiny value (below 0.001) means customers were not assigned as
 * planned and no other figure of the test can be trusted. As scipy.stats.chisquare.
 */
export function srmPValue(controlN: number, treatmentN: number, expectedControlShare = 0.5): number {
  for (const [value, name] of [
    [controlN, 'controlN'],
    [treatmentN, 'treatmentN'],
  ] as const) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new RangeError(`${name} must be a non-negative integer (got ${show(value)})`);
    }
  }
  if (controlN + treatmentN === 0) {
    throw new RangeError('controlN + treatmentN must be positive (got 0 customers)');
  }
  checkOpenUnit(expectedControlShare, 'expectedControlShare');
  const total = controlN + treatmentN;
  const expectedControl = total * expectedControlShare;
  const expectedTreatment = total - expectedControl;
  const dc = controlN - expectedControl;
  const dt = treatmentN - expectedTreatment;
  const chi2 = (dc * dc) / expectedControl + (dt * dt) / expectedTreatment;
  // P(chi2_1 > x) = P(|Z| > sqrt x) = erfc(sqrt(x / 2)).
  return Math.min(1, erfc(Math.sqrt(chi2 / 2)));
}

// ---------------------------------------------------------------------------------------------
// Looking often: always-valid (sequential) intervals
// ---------------------------------------------------------------------------------------------

export interface SequentialOptions {
  /** 1 - the confidence of the whole sequence of intervals; 0.05 by default. */
  alpha?: number;
  /** The planned customers per group: the intervals are tightest around there. */
  plannedPerArm: number;
}

function checkSequentialOptions(opts: SequentialOptions): { alpha: number; plannedPerArm: number } {
  if (typeof opts !== 'object' || opts === null) {
    throw new RangeError(`opts must be an object with plannedPerArm (got ${show(opts)})`);
  }
  const alpha = opts.alpha ?? 0.05;
  checkOpenUnit(alpha, 'opts.alpha');
  const planned = opts.plannedPerArm;
  if (typeof planned !== 'number' || !Number.isFinite(planned) || !(planned > 0)) {
    throw new RangeError(`opts.plannedPerArm must be a positive number (got ${show(planned)})`);
  }
  return { alpha, plannedPerArm: planned };
}

/**
 * Half-width of the two-sided normal-mixture confidence sequence (Robbins' mixture martingale,
 * Howard, Ramdas, McAuliffe & Sekhon, "Time-uniform, nonparametric, nonasymptotic confidence
 * sequences", Ann. Statist. 49 (2021), eq. (14); Waudby-Smith et al. 2023, eq. 9; the mSPRT
 * of Johari et al. and GrowthBook's sequential testing) for an estimate with standard error se
 * from n observations in all (both groups), per-observation variance se^2 n:
 *   se * sqrt( 2 (n rho^2 + 1) / (n rho^2) * log( sqrt(n rho^2 + 1) / alpha ) ),
 * with the mixture's rho^2 = (-2 log alpha + log(-2 log alpha + 1)) / N chosen so that the
 * boundary is tightest at the planned total N (Howard et al., section 3.5; as GrowthBook).
 */
function mixtureHalfWidth(se: number, n: number, plannedTotal: number, alpha: number): number {
  const l = -2 * Math.log(alpha);
  const rho2 = (l + Math.log(l + 1)) / plannedTotal;
  const v = n * rho2;
  return se * Math.sqrt(((2 * (v + 1)) / v) * Math.log(Math.sqrt(v + 1) / alpha));
}

/**
 * An always-valid 1 - alpha confidence interval of the difference of conversion rates
 * (treatment - control): the intervals of every look, however often the test is looked at and
 * whenever it stops, all cover the true difference with probability at least 1 - alpha (in
 * the normal approximation). It is wider than the fixed-sample interval, tightest near
 * opts.plannedPerArm customers per group. The standard error is the unpooled one, with a
 * half success and half failure added to each group (so that it is not 0 at 0% or 100%).
 */
export function alwaysValidInterval(control: Arm, treatment: Arm, opts: SequentialOptions): [number, number] {
  checkArms(control, treatment);
  const { alpha, plannedPerArm } = checkSequentialOptions(opts);
  const pc = control.conversions / control.users;
  const pt = treatment.conversions / treatment.users;
  const qc = (control.conversions + 0.5) / (control.users + 1);
  const qt = (treatment.conversions + 0.5) / (treatment.users + 1);
  const se = Math.sqrt((qc * (1 - qc)) / control.users + (qt * (1 - qt)) / treatment.users);
  const half = mixtureHalfWidth(se, control.users + treatment.users, 2 * plannedPerArm, alpha);
  const d = pt - pc;
  return [d - half, d + half];
}

/**
 * The always-valid interval of the difference of mean values per customer (treatment -
 * control), the same construction with Welch's standard error. Each group needs 2 customers.
 */
export function alwaysValidIntervalForMeans(control: Sample, treatment: Sample, opts: SequentialOptions): [number, number] {
  checkSample(control, 'control', 2);
  checkSample(treatment, 'treatment', 2);
  const { alpha, plannedPerArm } = checkSequentialOptions(opts);
  const se = Math.sqrt((control.sd * control.sd) / control.n + (treatment.sd * treatment.sd) / treatment.n);
  const half = mixtureHalfWidth(se, control.n + treatment.n, 2 * plannedPerArm, alpha);
  const d = treatment.mean - control.mean;
  return [d - half, d + half];
}

// ---------------------------------------------------------------------------------------------
// Planning a value metric
// ---------------------------------------------------------------------------------------------

/**
 * Customers needed in each group for a two-sided test of the difference of means at level alpha
 * to detect minDetectableEffect (in the value's units) with the given power, when the value's
 * standard deviation per customer is sd: n = ceil(2 sd^2 (z_{1-alpha/2} + z_power)^2 / mde^2).
 */
export function sampleSizeForMeans(input: { sd: number; minDetectableEffect: number; alpha?: number; power?: number }): number {
  if (typeof input !== 'object' || input === null) {
    throw new RangeError(`input must be an object with sd and minDetectableEffect (got ${show(input)})`);
  }
  const { sd, minDetectableEffect } = input;
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  if (typeof sd !== 'number' || !Number.isFinite(sd) || !(sd > 0)) {
    throw new RangeError(`sd must be a positive finite number (got ${show(sd)})`);
  }
  if (typeof minDetectableEffect !== 'number' || !Number.isFinite(minDetectableEffect)) {
    throw new RangeError(`minDetectableEffect must be a finite number (got ${show(minDetectableEffect)})`);
  }
  if (minDetectableEffect === 0) throw new RangeError('minDetectableEffect must not be 0');
  checkOpenUnit(alpha, 'alpha');
  checkOpenUnit(power, 'power');
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  const n = (2 * sd * sd * z * z) / (minDetectableEffect * minDetectableEffect);
  if (!Number.isFinite(n)) throw new RangeError(`sd / minDetectableEffect is too large (got ${sd} / ${minDetectableEffect})`);
  return Math.max(2, Math.ceil(n));
}
