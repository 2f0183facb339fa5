/**
 * Welch's t-test, Student's t distribution, the sample-ratio-mismatch check and the sample size
 * of a value metric (../stats.ts), against the scipy/mpmath values of reference_issue15.py
 * (pasted in ./reference15.ts). Tolerances (issue 15): 1e-6 for t, p, df and the interval (also
 * relative below 1e-6, so that far-tail p-values are checked, and above 1), 1e-9 for the SRM
 * p-value and for Student's CDF and quantile, exact integers for sample sizes.
 */
import { describe, expect, it } from 'vitest';
import {
  type Sample,
  sampleFromSums,
  sampleSizeForMeans,
  srmPValue,
  studentTCdf,
  studentTQuantile,
  welchTest,
} from '../stats';
import { REF15 } from './reference15';

/**
 * Within tolerance: absolute for values of order 1, relative for larger ones (df of 2e9,
 * quantiles of 400) and for values below the tolerance (far-tail p-values).
 */
function close(actual: number, expected: number, tolerance: number, label: string): void {
  const size = Math.abs(expected);
  const allowed = size < tolerance ? tolerance * size : tolerance * Math.max(1, size);
  expect(Math.abs(actual - expected), `${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(allowed);
}

const num = (key: string): number => REF15[key] as number;
const rec = (key: string): Record<string, number> => REF15[key] as Record<string, number>;

// Name: [control (n, mean, sd), treatment, alpha], as in reference_issue15.py.
const WELCH: [string, [number, number, number], [number, number, number], number][] = [
  ['ordinary', [100, 50, 12], [120, 54, 15], 0.05],
  ['small', [5, 3.1, 1.2], [7, 5.4, 2.9], 0.05],
  ['minimal', [2, 10, 1], [2, 14, 3], 0.05],
  ['negative', [400, 1200, 800], [380, 1100, 700], 0.1],
  ['farTail', [1000, 10, 2], [1000, 11, 2.5], 0.05],
  ['huge', [1e9, 30, 200], [1e9, 30.02, 210], 0.05],
  ['revenue', [140, 18.5, 55], [150, 31.2, 80], 0.01],
  ['oneFlat', [30, 0, 0], [40, 0.4, 0.8], 0.05],
  ['equalMeans', [50, 7, 2], [60, 7, 3], 0.05],
];
const sample = ([n, mean, sd]: [number, number, number]): Sample => ({ n, mean, sd });

describe('welchTest', () => {
  it.each(WELCH)('%s matches scipy ttest_ind_from_stats(equal_var=False) and t.ppf within 1e-6', (name, c, t, alpha) => {
    const ref = rec(`welch_${name}`);
    const r = welchTest(sample(c), sample(t), alpha);
    close(r.t, ref.t!, 1e-6, 't');
    close(r.p, ref.p!, 1e-6, 'p');
    close(r.df, ref.df!, 1e-6, 'df');
    close(r.se, ref.se!, 1e-6, 'se');
    close(r.ci[0], ref.lo!, 1e-6, 'ci low');
    close(r.ci[1], ref.hi!, 1e-6, 'ci high');
    expect(r.difference).toBeCloseTo(t[1] - c[1], 12);
    expect(r.relative).toBe(c[1] === 0 ? null : (t[1] - c[1]) / c[1]);
  });

  it('is antisymmetric in the groups and defaults to alpha = 0.05', () => {
    const a = sample([100, 50, 12]);
    const b = sample([120, 54, 15]);
    const ab = welchTest(a, b);
    const ba = welchTest(b, a, 0.05);
    expect(ba.t).toBeCloseTo(-ab.t, 12);
    expect(ba.p).toBeCloseTo(ab.p, 14);
    expect(ba.ci[0]).toBeCloseTo(-ab.ci[1], 12);
  });

  it('handles two groups without spread: p = 1 for equal means, 0 otherwise', () => {
    expect(welchTest(sample([5, 3, 0]), sample([6, 3, 0]))).toMatchObject({ t: 0, p: 1, se: 0, ci: [0, 0] });
    expect(welchTest(sample([5, 3, 0]), sample([6, 4, 0]))).toMatchObject({ t: Infinity, p: 0, ci: [1, 1] });
  });

  it.each([
    [{ n: 1, mean: 1, sd: 1 }, /^control\.n must be an integer of at least 2/],
    [{ n: 2.5, mean: 1, sd: 1 }, /^control\.n must/],
    [{ n: 10, mean: NaN, sd: 1 }, /^control\.mean must be a finite number/],
    [{ n: 10, mean: 1, sd: -1 }, /^control\.sd must be a finite number of at least 0/],
    [{ n: 10, mean: 1, sd: Infinity }, /^control\.sd must/],
    [null as unknown as Sample, /^control must be an object/],
  ])('rejects the control sample %j with a RangeError naming it', (bad, message) => {
    expect(() => welchTest(bad, sample([10, 1, 1]))).toThrow(RangeError);
    expect(() => welchTest(bad, sample([10, 1, 1]))).toThrow(message);
    expect(() => welchTest(sample([10, 1, 1]), bad)).toThrow(new RegExp(message.source.replace('control', 'treatment')));
  });

  it('rejects alpha outside (0, 1)', () => {
    for (const alpha of [0, 1, NaN, -0.1]) expect(() => welchTest(sample([10, 1, 1]), sample([10, 2, 1]), alpha)).toThrow(/^alpha must/);
  });
});

describe("Student's t distribution", () => {
  const keys = Object.keys(REF15);
  it.each(keys.filter((k) => k.startsWith('tcdf_')))('%s matches scipy / mpmath within 1e-9', (key) => {
    const [, df, x] = key.split('_');
    close(studentTCdf(Number(x), Number(df)), num(key), 1e-9, key);
  });

  it.each(keys.filter((k) => k.startsWith('tq_')))('%s matches scipy t.ppf within 1e-9 relative', (key) => {
    const [, df, p] = key.split('_');
    close(studentTQuantile(Number(p), Number(df)), num(key), 1e-9, key);
  });

  it('inverts its CDF and is the normal one at df = Infinity', () => {
    for (const df of [1, 2.5, 17, 1e4]) {
      for (const p of [1e-8, 0.01, 0.3, 0.77, 0.999]) close(studentTCdf(studentTQuantile(p, df), df), p, 1e-10, `df ${df} p ${p}`);
    }
    expect(studentTQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 14);
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(-Infinity);
  });

  it('rejects bad df, t and p with a RangeError naming them', () => {
    expect(() => studentTCdf(1, 0)).toThrow(/^df must be a positive number/);
    expect(() => studentTCdf(NaN, 3)).toThrow(/^t must be a number/);
    expect(() => studentTQuantile(1.5, 3)).toThrow(/^p must be a probability/);
  });
});

describe('sampleFromSums', () => {
  it('gives the mean and the sample standard deviation (n - 1) of the values', () => {
    const values = [3, 0, 0, 12.5, 7, 1];
    const sum = values.reduce((a, b) => a + b, 0);
    const squares = values.reduce((a, b) => a + b * b, 0);
    const s = sampleFromSums(values.length, sum, squares);
    const mean = sum / values.length;
    expect(s.n).toBe(6);
    expect(s.mean).toBeCloseTo(mean, 14);
    expect(s.sd).toBeCloseTo(Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / 5), 12);
    expect(sampleFromSums(1, 5, 25)).toEqual({ n: 1, mean: 5, sd: 0 });
    expect(sampleFromSums(4, 8, 16).sd).toBe(0);
  });

  it('rejects impossible sums with a RangeError naming the argument', () => {
    expect(() => sampleFromSums(0, 0, 0)).toThrow(/^n must be a positive integer/);
    expect(() => sampleFromSums(3, NaN, 1)).toThrow(/^sum must be a finite number/);
    expect(() => sampleFromSums(3, 3, -1)).toThrow(/^sumOfSquares must be a finite number/);
    expect(() => sampleFromSums(3, 30, 10)).toThrow(/^sumOfSquares must be at least sum\^2 \/ n/);
  });
});

describe('srmPValue', () => {
  const CASES: [string, number, number, number][] = [
    ['balanced', 5000, 5000, 0.5],
    ['slight', 1000, 1040, 0.5],
    ['broken', 1000, 1200, 0.5],
    ['uneven', 300, 700, 0.3],
    ['unevenBroken', 300, 700, 0.5],
    ['tiny', 1, 0, 0.5],
    ['huge', 1e9, 1e9 + 40000, 0.5],
    ['farTail', 10000, 12000, 0.5],
  ];
  it.each(CASES)('%s matches scipy.stats.chisquare within 1e-9 (relative below 1e-9)', (name, c, t, share) => {
    close(srmPValue(c, t, share), num(`srm_${name}`), 1e-9, name);
  });

  it('flags the issue example, 1,000 vs 1,200 customers at 50/50, below 0.001', () => {
    expect(srmPValue(1000, 1200)).toBeLessThan(0.001);
    expect(srmPValue(1000, 1040)).toBeGreaterThan(0.001);
  });

  it('rejects bad counts and shares with a RangeError naming them', () => {
    expect(() => srmPValue(-1, 5)).toThrow(/^controlN must be a non-negative integer/);
    expect(() => srmPValue(1, 2.5)).toThrow(/^treatmentN must be a non-negative integer/);
    expect(() => srmPValue(0, 0)).toThrow(/^controlN \+ treatmentN must be positive/);
    for (const share of [0, 1, NaN]) expect(() => srmPValue(5, 5, share)).toThrow(/^expectedControlShare must/);
  });
});

describe('sampleSizeForMeans', () => {
  const CASES: [string, number, number, number, number][] = [
    ['ordinary', 55, 10, 0.05, 0.8],
    ['strict', 2, 0.3, 0.01, 0.9],
    ['negative', 800, -150, 0.05, 0.8],
  ];
  it.each(CASES)('%s is the ceiling of the scipy reference', (name, sd, mde, alpha, power) => {
    expect(sampleSizeForMeans({ sd, minDetectableEffect: mde, alpha, power })).toBe((REF15[`nMeans_${name}`] as number[])[0]);
  });

  it('uses alpha = 0.05 and power = 0.8 by default', () => {
    expect(sampleSizeForMeans({ sd: 55, minDetectableEffect: 10 })).toBe((REF15.nMeans_ordinary as number[])[0]);
  });

  it('rejects bad input with a RangeError naming the argument', () => {
    expect(() => sampleSizeForMeans({ sd: 0, minDetectableEffect: 1 })).toThrow(/^sd must be a positive/);
    expect(() => sampleSizeForMeans({ sd: 1, minDetectableEffect: 0 })).toThrow(/^minDetectableEffect must not be 0/);
    expect(() => sampleSizeForMeans({ sd: 1, minDetectableEffect: NaN })).toThrow(/^minDetectableEffect must be a finite/);
    expect(() => sampleSizeForMeans({ sd: 1, minDetectableEffect: 1, alpha: 1 })).toThrow(/^alpha must/);
    expect(() => sampleSizeForMeans({ sd: 1, minDetectableEffect: 1, power: 0 })).toThrow(/^power must/);
  });
});
