/**
 * Unit tests of ./stats.ts.
 *
 * Reference values (REF below) were computed independently of the TypeScript code by
 * src/domain/stats/reference.py with Python 3.11.7, scipy 1.17.1, mpmath 1.3.0 and numpy 2.4.6 (50-digit
 * arithmetic, exact rational Fisher sums, numerical integration of the Beta posteriors), with
 *
 *     python3 src/domain/stats/reference.py
 *
 * run from the repository root; its JSON output is pasted verbatim below. The case names in the
 * tables of this file are the names used in reference.py. Tolerances (from the issue): 1e-6 for
 * z, p-values, confidence bounds and the normal CDF/quantile, relative 1e-6 as well for values
 * below 1e-6 so that far-tail p-values are really checked; 1e-4 for the chance to beat control;
 * exact integers for sample sizes.
 */
import { describe, expect, it } from 'vitest';
import {
  type Arm,
  chanceToBeatControl,
  compareProportions,
  expectedCellsBelowFive,
  fisherExactPValue,
  normalCdf,
  normalQuantile,
  sampleSizePerArm,
} from './stats';

// Output of `python3 src/domain/stats/reference.py`.
// z_*: {z, p, lo, hi} of the two-proportion z-test and Wald interval; fisher_*: [p, exact
// fraction or null]; beat_*: P(treatment rate > control rate); n_*: [ceil(n), n];
// cdf_<x>: normalCdf(x); q_<p>: normalQuantile(p).
const REF = {
  "z_ordinary": {
    "z": 2.1027406056221145,
    "p": 0.03548845046647469,
    "lo": 0.0020679344393763647,
    "hi": 0.057932065560623636
  },
  "z_ordinaryAlpha01": {
    "z": 2.1027406056221145,
    "p": 0.03548845046647469,
    "lo": -0.006708956668194872,
    "hi": 0.06670895666819487
  },
  "z_negative": {
    "z": -1.7382670841476664,
    "p": 0.08216376342485947,
    "lo": -0.034658555096694674,
    "hi": 0.0020498594445207585
  },
  "z_unequal": {
    "z": 1.5633227574554283,
    "p": 0.11797669813536836,
    "lo": -0.03588166139489473,
    "hi": 0.36436398987722324
  },
  "z_equal": {
    "z": 0.0,
    "p": 1.0,
    "lo": -0.0371877019382737,
    "hi": 0.0371877019382737
  },
  "z_large": {
    "z": 2.45953284380377,
    "p": 0.013911796781364203,
    "lo": 0.0015238170267701668,
    "hi": 0.013476182973229833
  },
  "z_rare": {
    "z": 2.583927570424618,
    "p": 0.009768230561234563,
    "lo": 0.00024154205232000808,
    "hi": 0.001758457947679992
  },
  "z_farTail": {
    "z": 15.118578920369089,
    "p": 1.2215023976676101e-51,
    "lo": 0.043536574849582566,
    "hi": 0.05646342515041743
  },
  "z_controlZero": {
    "z": 2.2645540682891916,
    "p": 0.02354005826117795,
    "lo": 0.007283575292052943,
    "hi": 0.09271642470794705
  },
  "z_treatmentAll": {
    "z": 2.721655269759087,
    "p": 0.006495586257179028,
    "lo": 0.07236785549365235,
    "hi": 0.260965477839681
  },
  "z_bothZero": {
    "z": 0.0,
    "p": 1.0,
    "lo": 0.0,
    "hi": 0.0
  },
  "z_bothAll": {
    "z": 0.0,
    "p": 1.0,
    "lo": 0.0,
    "hi": 0.0
  },
  "z_oneUserEach": {
    "z": 1.4142135623730951,
    "p": 0.15729920705028513,
    "lo": 1.0,
    "hi": 1.0
  },
  "z_extremeHigh": {
    "z": 2.713975298462487,
    "p": 0.00664811231800201,
    "lo": 0.0001250513592096788,
    "hi": 0.0007749486407903212
  },
  "z_million": {
    "z": 1.6268616865784817,
    "p": 0.1037664767555466,
    "lo": -8.190026327630784e-05,
    "hi": 0.0008819002632763079
  },
  "z_alpha20": {
    "z": 1.5633227574554283,
    "p": 0.11797669813536836,
    "lo": 0.033387881977773114,
    "hi": 0.29509444650455535
  },
  "fisher_tea": [0.4857142857142857, "17/35"],
  "fisher_tiny": [0.019766611097880447, "83/4199"],
  "fisher_tinyUnequal": [0.05149638802889577, "499/9690"],
  "fisher_ordinary": [0.04190454838373511, null],
  "fisher_large": [0.014552336947225006, null],
  "fisher_rare": [0.013420291300751504, null],
  "fisher_oneZero": [0.003902735209974113, "221933472748169/56866136390954669"],
  "fisher_farTail": [7.809797203554368e-52, null],
  "fisher_oneUserEach": [1.0, "1"],
  "fisher_threeZero": [0.1, "1/10"],
  "fisher_rareHuge": [0.007535273960964946, null],
  "fisher_allConverted": [0.06193461668039393, "71512/1154637"],
  "beat_small": 0.8978808914870295,
  "beat_smallReverse": 0.1021191085129704,
  "beat_oneEach": 0.8333333333333334,
  "beat_highRates": 0.7640372610581151,
  "beat_unequal": 0.9384258631035398,
  "beat_ordinary": 0.9821650661163511,
  "beat_large": 0.9930427737587755,
  "beat_rare": 0.9951009600502835,
  "beat_rareReverse": 0.004899039949694846,
  "beat_highLarge": 0.9872470436990735,
  "beat_close": 0.6914583355357066,
  "beat_bothZeroUnequal": 0.6644736842105263,
  "beat_allVsNone": 0.0010822510822510823,
  "beat_extremeHigh": 0.9968297947727845,
  "n_p10": [3841, 3840.847482436273],
  "n_p10neg": [3213, 3212.9370624961102],
  "n_rare": [23511, 23510.140273019017],
  "n_strict": [7281, 7280.987881402503],
  "n_big": [20, 19.380842441647864],
  "n_tinyEffect": [752703, 752702.4631463318],
  "n_high": [588, 587.921713946995],
  "n_halfPower": [1881, 1880.3940927297747],
  "n_bigDrop": [4, 3.982381168687975],
  "n_alpha10power95": [1507, 1506.9864895928895],
  "cdf_0": 0.5,
  "cdf_1.96": 0.9750021048517795,
  "cdf_-1.96": 0.024997895148220435,
  "cdf_-3": 0.0013498980316300946,
  "cdf_-10": 7.619853024160525e-24,
  "cdf_-20": 2.7536241186062337e-89,
  "cdf_-37.5": 4.605353009581955e-308,
  "cdf_5": 0.9999997133484281,
  "cdf_8.2": 0.9999999999999999,
  "q_0.975": 1.9599639845400538,
  "q_0.5": 0.0,
  "q_0.8": 0.8416212335729144,
  "q_0.1": -1.2815515655446004,
  "q_0.02425": -1.972961051311885,
  "q_1e-10": -6.361340902404057,
  "q_1e-20": -9.262340089798407,
  "q_1e-300": -37.0470962993612,
  "q_0.999999": 4.753424308817087,
  "q_0.9999999999": 6.361340889697422
} as const;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Pair = readonly [users: number, conversions: number];

function arm([users, conversions]: Pair): Arm {
  return { users, conversions };
}

/**
 * |actual - expected| <= tol, and for |expected| < tol also |actual - expected| <= tol * |expected|
 * (relative), so that tiny tail values are checked to tol relative instead of passing trivially.
 */
function expectClose(actual: number, expected: number, label: string, tol = 1e-6): void {
  const diff = Math.abs(actual - expected);
  const ok =
    Object.is(actual, expected) ||
    (diff <= tol && (Math.abs(expected) >= tol || diff <= tol * Math.max(1e-300, Math.abs(expected))));
  expect(ok, `${label}: expected ${expected}, got ${actual} (difference ${diff})`).toBe(true);
}

function fraction(text: string): number {
  const [num, den] = text.split('/');
  return den === undefined ? Number(num) : Number(num) / Number(den);
}

// Cases of reference.py: control (users, conversions), treatment (users, conversions), alpha.
const Z_CASES = {
  ordinary: [[1000, 100], [1000, 130], 0.05],
  ordinaryAlpha01: [[1000, 100], [1000, 130], 0.01],
  negative: [[2400, 300], [2300, 250], 0.05],
  unequal: [[37, 11], [52, 24], 0.05],
  equal: [[500, 50], [500, 50], 0.05],
  large: [[20000, 2000], [20000, 2150], 0.05],
  rare: [[20000, 20], [20000, 40], 0.05],
  farTail: [[20000, 2000], [20000, 3000], 0.05],
  controlZero: [[100, 0], [100, 5], 0.05],
  treatmentAll: [[60, 50], [40, 40], 0.05],
  bothZero: [[500, 0], [300, 0], 0.05],
  bothAll: [[200, 200], [100, 100], 0.05],
  oneUserEach: [[1, 0], [1, 1], 0.05],
  extremeHigh: [[20000, 19990], [20000, 19999], 0.05],
  million: [[1000000, 31000], [1000000, 31400], 0.05],
  alpha20: [[37, 11], [52, 24], 0.2],
} as const satisfies Record<string, readonly [Pair, Pair, number]>;

const FISHER_CASES = {
  tea: [[4, 3], [4, 1]],
  tiny: [[10, 1], [10, 7]],
  tinyUnequal: [[7, 0], [13, 6]],
  ordinary: [[1000, 100], [1000, 130]],
  large: [[20000, 2000], [20000, 2150]],
  rare: [[20000, 20], [20000, 40]],
  oneZero: [[20000, 0], [20000, 9]],
  farTail: [[20000, 2000], [20000, 3000]],
  oneUserEach: [[1, 0], [1, 1]],
  threeZero: [[3, 3], [3, 0]],
  rareHuge: [[100000, 3], [100000, 15]],
  allConverted: [[50, 50], [60, 55]],
} as const satisfies Record<string, readonly [Pair, Pair]>;

const BEAT_CASES = {
  small: [[10, 3], [12, 7]],
  smallReverse: [[12, 7], [10, 3]],
  oneEach: [[1, 0], [1, 1]],
  highRates: [[30, 27], [25, 24]],
  unequal: [[37, 11], [52, 24]],
  ordinary: [[1000, 100], [1000, 130]],
  large: [[20000, 2000], [20000, 2150]],
  rare: [[20000, 20], [20000, 40]],
  rareReverse: [[20000, 40], [20000, 20]],
  highLarge: [[20000, 19950], [20000, 19970]],
  close: [[20000, 10000], [20000, 10050]],
  bothZeroUnequal: [[100, 0], [50, 0]],
  allVsNone: [[5, 5], [5, 0]],
  extremeHigh: [[20000, 19990], [20000, 19999]],
} as const satisfies Record<string, readonly [Pair, Pair]>;

// baselineRate, minDetectableEffect[, alpha, power]
const N_CASES = {
  p10: [0.1, 0.02],
  p10neg: [0.1, -0.02],
  rare: [0.001, 0.001],
  strict: [0.1, 0.02, 0.01, 0.9],
  big: [0.5, 0.4],
  tinyEffect: [0.05, 0.001],
  high: [0.95, 0.03],
  halfPower: [0.1, 0.02, 0.05, 0.5],
  bigDrop: [0.9, -0.85],
  alpha10power95: [0.2, 0.05, 0.1, 0.95],
} as const satisfies Record<string, readonly number[]>;

const CDF_XS = ['0', '1.96', '-1.96', '-3', '-10', '-20', '-37.5', '5', '8.2'] as const;
const QUANTILE_PS = [
  '0.975', '0.5', '0.8', '0.1', '0.02425', '1e-10', '1e-20', '1e-300', '0.999999', '0.9999999999',
] as const;

function names<T extends object>(cases: T): (keyof T & string)[] {
  return Object.keys(cases) as (keyof T & string)[];
}

/** Arms that are invalid, each with the part of the message that must name the problem. */
const BAD_ARMS: readonly [description: string, arm: Arm, field: 'users' | 'conversions'][] = [
  ['users = 0', { users: 0, conversions: 0 }, 'users'],
  ['negative users', { users: -5, conversions: 0 }, 'users'],
  ['fractional users', { users: 10.5, conversions: 1 }, 'users'],
  ['NaN users', { users: NaN, conversions: 1 }, 'users'],
  ['Infinity users', { users: Infinity, conversions: 1 }, 'users'],
  ['negative conversions', { users: 10, conversions: -1 }, 'conversions'],
  ['fractional conversions', { users: 10, conversions: 2.5 }, 'conversions'],
  ['NaN conversions', { users: 10, conversions: NaN }, 'conversions'],
  ['Infinity conversions', { users: 10, conversions: Infinity }, 'conversions'],
  ['conversions > users', { users: 10, conversions: 11 }, 'conversions'],
];

const ARM_FUNCTIONS: readonly [string, (control: Arm, treatment: Arm) => unknown][] = [
  ['compareProportions', (c, t) => compareProportions(c, t)],
  ['fisherExactPValue', fisherExactPValue],
  ['chanceToBeatControl', chanceToBeatControl],
  ['expectedCellsBelowFive', expectedCellsBelowFive],
];

/** Values that are not strictly between 0 and 1. */
const OUTSIDE_OPEN_UNIT = [0, 1, -0.1, 1.5, NaN, Infinity, -Infinity];

const GOOD: Arm = { users: 100, conversions: 10 };

// ---------------------------------------------------------------------------------------------
// Reference bookkeeping
// ---------------------------------------------------------------------------------------------

describe('reference values', () => {
  it('every value of reference.py is checked by a case of this file', () => {
    const checked = [
      ...names(Z_CASES).map((n) => `z_${n}`),
      ...names(FISHER_CASES).map((n) => `fisher_${n}`),
      ...names(BEAT_CASES).map((n) => `beat_${n}`),
      ...names(N_CASES).map((n) => `n_${n}`),
      ...CDF_XS.map((x) => `cdf_${x}`),
      ...QUANTILE_PS.map((p) => `q_${p}`),
    ];
    expect(checked.sort()).toEqual(Object.keys(REF).sort());
  });
});

// ---------------------------------------------------------------------------------------------
// Normal distribution
// ---------------------------------------------------------------------------------------------

describe('normalCdf', () => {
  it.each(CDF_XS)('matches the 50-digit reference at x = %s', (x) => {
    expectClose(normalCdf(Number(x)), REF[`cdf_${x}`], `normalCdf(${x})`);
  });

  it('is accurate in the far lower tail to 1e-15 x^2 relative', () => {
    // The rounding of x / sqrt(2) is amplified about x^2 times: 1.4e-13 relative at x = -37.5.
    for (const x of ['-3', '-10', '-20', '-37.5'] as const) {
      const expected = REF[`cdf_${x}`];
      const relative = Math.abs(normalCdf(Number(x)) - expected) / expected;
      expect(relative, `x = ${x}`).toBeLessThan(1e-15 * Number(x) ** 2);
    }
  });

  it('has the textbook values and symmetry', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    for (const x of [0.1, 0.5, 1, 2.5, 4, 6]) {
      expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
    }
  });

  it('rejects NaN with a RangeError', () => {
    expect(() => normalCdf(NaN)).toThrow(RangeError);
    expect(() => normalCdf(NaN)).toThrow(/x must be a number/);
  });
});

describe('normalQuantile', () => {
  it.each(QUANTILE_PS)('matches the 50-digit reference at p = %s', (p) => {
    expectClose(normalQuantile(Number(p)), REF[`q_${p}`], `normalQuantile(${p})`);
  });

  it('has the textbook value z(0.975) = 1.959963984540054', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-14);
  });

  it('inverts normalCdf in both tails', () => {
    for (const p of [1e-300, 1e-50, 1e-12, 0.001, 0.02425, 0.3, 0.5, 0.7, 0.97575, 0.999, 1 - 1e-12]) {
      const x = normalQuantile(p);
      expect(Math.abs(normalCdf(x) - p) / p).toBeLessThan(1e-9);
    }
  });

  it('is odd about 0.5 and infinite at 0 and 1', () => {
    for (const p of [0.001, 0.1, 0.3, 0.45]) {
      expect(normalQuantile(p) + normalQuantile(1 - p)).toBeCloseTo(0, 12);
    }
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it.each([-0.1, 1.1, NaN, Infinity, -Infinity])('rejects p = %s with a RangeError', (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
    expect(() => normalQuantile(p)).toThrow(/^p must be a probability/);
  });
});

// ---------------------------------------------------------------------------------------------
// Two-proportion z-test
// ---------------------------------------------------------------------------------------------

describe('compareProportions', () => {
  it.each(names(Z_CASES))('matches the reference z, p-value and interval: %s', (name) => {
    const [c, t, alpha] = Z_CASES[name];
    const ref = REF[`z_${name}`];
    const result = compareProportions(arm(c), arm(t), alpha);
    expectClose(result.z, ref.z, `${name} z`);
    expectClose(result.pValue, ref.p, `${name} pValue`);
    expectClose(result.ci[0], ref.lo, `${name} ci[0]`);
    expectClose(result.ci[1], ref.hi, `${name} ci[1]`);
    expect(result.significant).toBe(result.pValue < alpha);
    expect(result.significant).toBe(ref.p < alpha);
  });

  it('checks a far-tail p-value (about 1.2e-51) to 1e-6 relative', () => {
    const [c, t] = Z_CASES.farTail;
    const { pValue } = compareProportions(arm(c), arm(t));
    expect(pValue).toBeGreaterThan(0);
    expect(Math.abs(pValue - REF.z_farTail.p) / REF.z_farTail.p).toBeLessThan(1e-6);
  });

  it('reports the rates and uplifts', () => {
    const result = compareProportions({ users: 1000, conversions: 100 }, { users: 1000, conversions: 130 });
    expect(result.controlRate).toBe(0.1);
    expect(result.treatmentRate).toBe(0.13);
    expect(result.absoluteUplift).toBeCloseTo(0.03, 15);
    expect(result.relativeUplift).toBeCloseTo(0.3, 14);
    const down = compareProportions({ users: 50, conversions: 10 }, { users: 40, conversions: 0 });
    expect(down.absoluteUplift).toBeCloseTo(-0.2, 15);
    expect(down.relativeUplift).toBeCloseTo(-1, 14);
  });

  it('has a null relative uplift when the control rate is 0', () => {
    const [c, t] = Z_CASES.controlZero;
    expect(compareProportions(arm(c), arm(t)).relativeUplift).toBeNull();
    expect(compareProportions({ users: 10, conversions: 0 }, { users: 10, conversions: 0 }).relativeUplift).toBeNull();
  });

  it('has z = 0 and p = 1 when the pooled standard error is 0 (both arms 0% or both 100%)', () => {
    for (const [c, t] of [
      [{ users: 500, conversions: 0 }, { users: 300, conversions: 0 }],
      [{ users: 200, conversions: 200 }, { users: 100, conversions: 100 }],
      [{ users: 1, conversions: 0 }, { users: 1, conversions: 0 }],
      [{ users: 1, conversions: 1 }, { users: 1, conversions: 1 }],
    ] as const) {
      const result = compareProportions(c, t);
      expect(result.z).toBe(0);
      expect(result.pValue).toBe(1);
      expect(result.significant).toBe(false);
      expect(result.ci).toEqual([0, 0]);
    }
  });

  it('declares significance exactly when pValue < alpha', () => {
    const c = { users: 1000, conversions: 100 };
    const t = { users: 1000, conversions: 130 };
    // p = 0.0355: significant at 0.05 and 0.04, not at 0.035 or 0.01.
    for (const alpha of [0.2, 0.05, 0.04, 0.036, 0.035, 0.01, 0.001]) {
      const result = compareProportions(c, t, alpha);
      expect(result.significant).toBe(result.pValue < alpha);
    }
    expect(compareProportions(c, t, 0.05).significant).toBe(true);
    expect(compareProportions(c, t, 0.01).significant).toBe(false);
  });

  it('uses alpha = 0.05 by default', () => {
    const c = { users: 37, conversions: 11 };
    const t = { users: 52, conversions: 24 };
    expect(compareProportions(c, t)).toEqual(compareProportions(c, t, 0.05));
  });

  it('widens the interval as alpha decreases, around the same difference', () => {
    const c = { users: 2400, conversions: 300 };
    const t = { users: 2300, conversions: 250 };
    let previous = 0;
    for (const alpha of [0.5, 0.2, 0.1, 0.05, 0.01, 0.001]) {
      const { ci, absoluteUplift } = compareProportions(c, t, alpha);
      expect((ci[0] + ci[1]) / 2).toBeCloseTo(absoluteUplift, 15);
      expect(ci[1] - ci[0]).toBeGreaterThan(previous);
      previous = ci[1] - ci[0];
    }
  });

  it('swapping the arms negates z and the interval and keeps the p-value', () => {
    for (const name of names(Z_CASES)) {
      const [c, t, alpha] = Z_CASES[name];
      const forward = compareProportions(arm(c), arm(t), alpha);
      const backward = compareProportions(arm(t), arm(c), alpha);
      expect(backward.z + forward.z, name).toBeCloseTo(0, 12);
      expect(backward.pValue, name).toBe(forward.pValue);
      expect(backward.ci[0] + forward.ci[1], name).toBeCloseTo(0, 14);
      expect(backward.ci[1] + forward.ci[0], name).toBeCloseTo(0, 14);
      expect(backward.absoluteUplift + forward.absoluteUplift, name).toBeCloseTo(0, 15);
    }
  });

  it.each(OUTSIDE_OPEN_UNIT)('rejects alpha = %s with a RangeError', (alpha) => {
    expect(() => compareProportions(GOOD, GOOD, alpha)).toThrow(RangeError);
    expect(() => compareProportions(GOOD, GOOD, alpha)).toThrow(/^alpha must be a number strictly between 0 and 1/);
  });
});

// ---------------------------------------------------------------------------------------------
// Fisher's exact test
// ---------------------------------------------------------------------------------------------

describe('fisherExactPValue', () => {
  it.each(names(FISHER_CASES))('matches the exact rational reference: %s', (name) => {
    const [c, t] = FISHER_CASES[name];
    const [p, exact] = REF[`fisher_${name}`];
    const actual = fisherExactPValue(arm(c), arm(t));
    expectClose(actual, p, `fisher ${name}`);
    // Relative 1e-9 as well: the weights are exact ratios, so much more than 1e-6 is achievable.
    expect(Math.abs(actual - p) / p, name).toBeLessThan(1e-9);
    if (exact !== null) expect(Math.abs(actual - fraction(exact)) / fraction(exact), name).toBeLessThan(1e-12);
  });

  it("gives Fisher's tea-tasting p = 17/35 for [[3, 1], [1, 3]]", () => {
    expect(fisherExactPValue({ users: 4, conversions: 3 }, { users: 4, conversions: 1 })).toBeCloseTo(17 / 35, 14);
    expect(17 / 35).toBeCloseTo(0.4857142857, 10);
  });

  it('is 1 when the table is determined by its margins', () => {
    expect(fisherExactPValue({ users: 10, conversions: 0 }, { users: 20, conversions: 0 })).toBe(1);
    expect(fisherExactPValue({ users: 10, conversions: 10 }, { users: 20, conversions: 20 })).toBe(1);
    expect(fisherExactPValue({ users: 10, conversions: 5 }, { users: 10, conversions: 5 })).toBe(1);
  });

  it('does not depend on which arm is first or which outcome is "converted"', () => {
    for (const name of names(FISHER_CASES)) {
      const [c, t] = FISHER_CASES[name];
      const p = fisherExactPValue(arm(c), arm(t));
      const swapped = fisherExactPValue(arm(t), arm(c));
      const flipped = fisherExactPValue({ users: c[0], conversions: c[0] - c[1] }, { users: t[0], conversions: t[0] - t[1] });
      expect(Math.abs(swapped - p) / p, name).toBeLessThan(1e-9);
      expect(Math.abs(flipped - p) / p, name).toBeLessThan(1e-9);
    }
  });

  it('stays in (0, 1]', () => {
    for (const name of names(FISHER_CASES)) {
      const [c, t] = FISHER_CASES[name];
      const p = fisherExactPValue(arm(c), arm(t));
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Chance to beat control
// ---------------------------------------------------------------------------------------------

describe('chanceToBeatControl', () => {
  it.each(names(BEAT_CASES))('matches the numerically integrated reference: %s', (name) => {
    const [c, t] = BEAT_CASES[name];
    const actual = chanceToBeatControl(arm(c), arm(t));
    const expected = REF[`beat_${name}`];
    expect(Math.abs(actual - expected), `${name}: expected ${expected}, got ${actual}`).toBeLessThanOrEqual(1e-4);
  });

  it('has the exact values of the closed-form cases', () => {
    // Beta(2, 1) against Beta(1, 2): 5/6.
    expect(chanceToBeatControl({ users: 1, conversions: 0 }, { users: 1, conversions: 1 })).toBeCloseTo(5 / 6, 12);
    // Beta(1, 51) against Beta(1, 101): 101/152.
    expect(chanceToBeatControl({ users: 100, conversions: 0 }, { users: 50, conversions: 0 })).toBeCloseTo(101 / 152, 12);
    // Beta(1, 6) against Beta(6, 1): 1/924 = 1/C(12, 6).
    expect(chanceToBeatControl({ users: 5, conversions: 5 }, { users: 5, conversions: 0 })).toBeCloseTo(1 / 924, 12);
    // Identical posteriors: 1/2.
    for (const a of [{ users: 1, conversions: 0 }, { users: 40, conversions: 13 }, { users: 20000, conversions: 2000 }]) {
      expect(chanceToBeatControl(a, a)).toBeCloseTo(0.5, 9);
    }
  });

  it('chanceToBeatControl(a, b) + chanceToBeatControl(b, a) = 1', () => {
    const pairs: (readonly [Pair, Pair])[] = [
      ...names(BEAT_CASES).map((n) => BEAT_CASES[n]),
      [[20000, 0], [20000, 9]],
      [[20000, 20000], [15000, 14990]],
      [[7, 0], [13, 6]],
      [[50000, 25000], [40000, 20100]],
    ];
    for (const [c, t] of pairs) {
      const sum = chanceToBeatControl(arm(c), arm(t)) + chanceToBeatControl(arm(t), arm(c));
      expect(Math.abs(sum - 1), `${c} vs ${t}`).toBeLessThanOrEqual(1e-9);
    }
  });

  it('increases with the treatment conversions and stays in [0, 1]', () => {
    let previous = -1;
    for (let x = 0; x <= 60; x += 5) {
      const p = chanceToBeatControl({ users: 60, conversions: 20 }, { users: 60, conversions: x });
      expect(p).toBeGreaterThan(previous);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      previous = p;
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Expected cells
// ---------------------------------------------------------------------------------------------

describe('expectedCellsBelowFive', () => {
  /** Smallest of the four expected counts r_i c_j / N, computed cell by cell. */
  function smallestExpected(c: Arm, t: Arm): number {
    const total = c.users + t.users;
    const converted = c.conversions + t.conversions;
    const rows = [c.users, t.users];
    const columns = [converted, total - converted];
    return Math.min(...rows.flatMap((r) => columns.map((k) => (r * k) / total)));
  }

  it('is true exactly when some expected count is below 5', () => {
    const tables: [Pair, Pair][] = [
      [[1000, 100], [1000, 130]],
      [[10, 1], [10, 7]],
      [[10, 5], [10, 5]], // smallest expected count exactly 5
      [[10, 4], [10, 5]],
      [[20000, 0], [20000, 9]],
      [[20000, 3], [20000, 7]],
      [[3, 3], [3, 0]],
      [[60, 50], [40, 40]],
      [[100, 50], [4, 2]],
      [[1, 0], [1, 1]],
    ];
    for (const [c, t] of tables) {
      expect(expectedCellsBelowFive(arm(c), arm(t)), `${c} vs ${t}`).toBe(smallestExpected(arm(c), arm(t)) < 5);
    }
    expect(expectedCellsBelowFive({ users: 1000, conversions: 100 }, { users: 1000, conversions: 130 })).toBe(false);
    expect(expectedCellsBelowFive({ users: 10, conversions: 1 }, { users: 10, conversions: 7 })).toBe(true);
    expect(expectedCellsBelowFive({ users: 10, conversions: 5 }, { users: 10, conversions: 5 })).toBe(false);
    expect(expectedCellsBelowFive({ users: 20000, conversions: 0 }, { users: 20000, conversions: 9 })).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Sample size
// ---------------------------------------------------------------------------------------------

describe('sampleSizePerArm', () => {
  it.each(names(N_CASES))('matches the reference exactly: %s', (name) => {
    const [baseline, mde, alpha, power] = N_CASES[name] as readonly [number, number, number?, number?];
    const [expected] = REF[`n_${name}`];
    expect(sampleSizePerArm(baseline, mde, alpha, power)).toBe(expected);
  });

  it('is an integer at least 1 and the ceiling of the unrounded reference', () => {
    for (const name of names(N_CASES)) {
      const [expected, unrounded] = REF[`n_${name}`];
      expect(Number.isInteger(expected)).toBe(true);
      expect(expected).toBe(Math.ceil(unrounded));
    }
  });

  it('uses alpha = 0.05 and power = 0.8 by default', () => {
    expect(sampleSizePerArm(0.1, 0.02)).toBe(sampleSizePerArm(0.1, 0.02, 0.05, 0.8));
    expect(sampleSizePerArm(0.1, 0.02)).toBe(REF.n_p10[0]);
  });

  it('decreases as the effect grows, in either direction', () => {
    for (const sign of [1, -1]) {
      let previous = Infinity;
      for (const mde of [0.001, 0.002, 0.005, 0.01, 0.02, 0.04, 0.08]) {
        const n = sampleSizePerArm(0.1, sign * mde);
        expect(n).toBeLessThan(previous);
        previous = n;
      }
    }
  });

  it('increases with the power and as alpha decreases', () => {
    let previous = 0;
    for (const power of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]) {
      const n = sampleSizePerArm(0.1, 0.02, 0.05, power);
      expect(n).toBeGreaterThan(previous);
      previous = n;
    }
    previous = 0;
    for (const alpha of [0.2, 0.1, 0.05, 0.01, 0.001]) {
      const n = sampleSizePerArm(0.1, 0.02, alpha, 0.8);
      expect(n).toBeGreaterThan(previous);
      previous = n;
    }
  });

  it.each(OUTSIDE_OPEN_UNIT)('rejects baselineRate = %s with a RangeError', (rate) => {
    expect(() => sampleSizePerArm(rate, 0.01)).toThrow(RangeError);
    expect(() => sampleSizePerArm(rate, 0.01)).toThrow(/^baselineRate must be a number strictly between 0 and 1/);
  });

  it.each([
    [0.5, 0.5],
    [0.5, -0.5],
    [0.9, 0.2],
    [0.1, -0.2],
    [0.1, 5],
  ])('rejects baselineRate %s + minDetectableEffect %s outside (0, 1) with a RangeError', (rate, mde) => {
    expect(() => sampleSizePerArm(rate, mde)).toThrow(RangeError);
    expect(() => sampleSizePerArm(rate, mde)).toThrow(/^baselineRate \+ minDetectableEffect must be strictly between 0 and 1/);
  });

  it.each([0, -0, NaN, Infinity, -Infinity])('rejects minDetectableEffect = %s with a RangeError', (mde) => {
    expect(() => sampleSizePerArm(0.1, mde)).toThrow(RangeError);
    expect(() => sampleSizePerArm(0.1, mde)).toThrow(/^minDetectableEffect must/);
  });

  it.each(OUTSIDE_OPEN_UNIT)('rejects %s as alpha and as power with a RangeError', (value) => {
    expect(() => sampleSizePerArm(0.1, 0.02, value, 0.8)).toThrow(RangeError);
    expect(() => sampleSizePerArm(0.1, 0.02, value, 0.8)).toThrow(/^alpha must be a number strictly between 0 and 1/);
    expect(() => sampleSizePerArm(0.1, 0.02, 0.05, value)).toThrow(RangeError);
    expect(() => sampleSizePerArm(0.1, 0.02, 0.05, value)).toThrow(/^power must be a number strictly between 0 and 1/);
  });
});

// ---------------------------------------------------------------------------------------------
// Validation of the arms, for every function that takes them
// ---------------------------------------------------------------------------------------------

describe.each(ARM_FUNCTIONS)('%s rejects invalid arms', (_name, fn) => {
  it.each(BAD_ARMS)('%s, in either arm, with a RangeError naming it', (_description, bad, field) => {
    expect(() => fn(bad, GOOD)).toThrow(RangeError);
    expect(() => fn(bad, GOOD)).toThrow(new RegExp(`^control\\.${field} must`));
    expect(() => fn(GOOD, bad)).toThrow(RangeError);
    expect(() => fn(GOOD, bad)).toThrow(new RegExp(`^treatment\\.${field} must`));
  });

  it('accepts the boundary values users = 1, conversions = 0 and conversions = users', () => {
    expect(() => fn({ users: 1, conversions: 0 }, { users: 1, conversions: 1 })).not.toThrow();
    expect(() => fn({ users: 7, conversions: 7 }, { users: 3, conversions: 0 })).not.toThrow();
  });
});
