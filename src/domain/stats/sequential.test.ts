/**
 * Always-valid (sequential) intervals of ../stats.ts, issue 15: a seeded simulation of 20,000
 * A/A experiments, each looked at weekly for 26 weeks (40 customers per group per week,
 * conversion 10%) and stopped at the first look whose interval excludes 0. The false-positive
 * rate must be at most alpha; the same procedure with the fixed-sample p-value is reported for
 * comparison (peeking makes it well above alpha). Under a real effect (10% -> 13%) the interval
 * must cover the true difference at every one of the 26 looks in at least 1 - alpha of the
 * experiments. The binomial weekly counts are drawn exactly, by inverting their CDF. The
 * arithmetic of the intervals is checked against reference_issue15.py (avi_*) within 1e-9.
 */
import { describe, expect, it } from 'vitest';
import { type Arm, type Sample, alwaysValidInterval, alwaysValidIntervalForMeans, compareProportions, sampleFromSums } from '../stats';
import { REF15 } from './reference15';

/** Mulberry32: a small, fast, seeded 32-bit generator; uniform in (0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
  };
}

/** Exact Binomial(n, p) draws by inverting the CDF, tabulated once. */
function binomialSampler(n: number, p: number, uniform: () => number): () => number {
  const cdf: number[] = [];
  let pmf = (1 - p) ** n;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    sum += pmf;
    cdf.push(sum);
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
  }
  return () => {
    const u = uniform() * sum;
    let k = 0;
    while (k < n && cdf[k]! < u) k++;
    return k;
  };
}

const WEEKS = 26;
const PER_WEEK = 40;
const PLANNED = WEEKS * PER_WEEK;
const ALPHA = 0.05;

interface Run {
  /** Stopped at a look whose always-valid interval excludes 0. */
  sequentialReject: boolean;
  /** Stopped at a look whose fixed-sample p-value is below alpha. */
  peekingReject: boolean;
  /** The always-valid interval covered the true difference at every look. */
  coveredAlways: boolean;
}

function simulate(experiments: number, pControl: number, pTreatment: number, seed: number): Run[] {
  const uniform = rng(seed);
  const drawControl = binomialSampler(PER_WEEK, pControl, uniform);
  const drawTreatment = binomialSampler(PER_WEEK, pTreatment, uniform);
  const truth = pTreatment - pControl;
  const runs: Run[] = [];
  for (let e = 0; e < experiments; e++) {
    const control: Arm = { users: 0, conversions: 0 };
    const treatment: Arm = { users: 0, conversions: 0 };
    const run: Run = { sequentialReject: false, peekingReject: false, coveredAlways: true };
    for (let week = 1; week <= WEEKS; week++) {
      control.users += PER_WEEK;
      treatment.users += PER_WEEK;
      control.conversions += drawControl();
      treatment.conversions += drawTreatment();
      const [lo, hi] = alwaysValidInterval(control, treatment, { alpha: ALPHA, plannedPerArm: PLANNED });
      if (lo > 0 || hi < 0) run.sequentialReject = true;
      if (!(lo <= truth && truth <= hi)) run.coveredAlways = false;
      if (compareProportions(control, treatment, ALPHA).pValue < ALPHA) run.peekingReject = true;
    }
    runs.push(run);
  }
  return runs;
}

const share = (runs: Run[], key: keyof Run): number => runs.filter((r) => r[key]).length / runs.length;

describe('alwaysValidInterval under continuous monitoring (seeded simulation)', () => {
  it('holds alpha over 20,000 A/A experiments looked at weekly for 26 weeks; peeking at the fixed p-value does not', () => {
    const start = performance.now();
    const runs = simulate(20000, 0.1, 0.1, 20260115);
    const sequential = share(runs, 'sequentialReject');
    const peeking = share(runs, 'peekingReject');
    console.log(
      `A/A, 20,000 experiments x 26 weekly looks, 40/group/week, p = 0.1, alpha = ${ALPHA}: ` +
        `false-positive rate always-valid = ${sequential.toFixed(4)}, fixed-sample p peeked weekly = ${peeking.toFixed(4)} ` +
        `(${(performance.now() - start).toFixed(0)} ms)`,
    );
    expect(sequential).toBeLessThanOrEqual(ALPHA);
    expect(peeking).toBeGreaterThan(2 * ALPHA);
  });

  it('covers a real difference (10% -> 13%) at every look in at least 1 - alpha of 20,000 experiments', () => {
    const runs = simulate(20000, 0.1, 0.13, 7);
    const coverage = share(runs, 'coveredAlways');
    const power = share(runs, 'sequentialReject');
    const peekingPower = share(runs, 'peekingReject');
    console.log(
      `Effect 0.10 -> 0.13: coverage at every look = ${coverage.toFixed(4)}; decided (interval excludes 0) by week 26 = ${power.toFixed(4)}; ` +
        `fixed p < alpha at some look = ${peekingPower.toFixed(4)}`,
    );
    expect(coverage).toBeGreaterThanOrEqual(1 - ALPHA);
  });
});

describe('alwaysValidIntervalForMeans under continuous monitoring (seeded simulation)', () => {
  it('holds alpha over 4,000 A/A experiments of a skewed value (exponential, mean 20) looked at weekly', () => {
    const uniform = rng(99);
    const week = (): [number, number] => {
      let sum = 0;
      let squares = 0;
      for (let i = 0; i < PER_WEEK; i++) {
        const v = -20 * Math.log(uniform());
        sum += v;
        squares += v * v;
      }
      return [sum, squares];
    };
    let rejected = 0;
    const experiments = 4000;
    for (let e = 0; e < experiments; e++) {
      let cSum = 0;
      let cSquares = 0;
      let tSum = 0;
      let tSquares = 0;
      for (let w = 1; w <= WEEKS; w++) {
        const [cs, cq] = week();
        const [ts, tq] = week();
        cSum += cs;
        cSquares += cq;
        tSum += ts;
        tSquares += tq;
        const c: Sample = sampleFromSums(w * PER_WEEK, cSum, cSquares);
        const t: Sample = sampleFromSums(w * PER_WEEK, tSum, tSquares);
        const [lo, hi] = alwaysValidIntervalForMeans(c, t, { plannedPerArm: PLANNED });
        if (lo > 0 || hi < 0) {
          rejected++;
          break;
        }
      }
    }
    console.log(`A/A value metric, 4,000 experiments x 26 looks: false-positive rate always-valid = ${(rejected / experiments).toFixed(4)}`);
    expect(rejected / experiments).toBeLessThanOrEqual(ALPHA);
  });
});

describe('alwaysValidInterval', () => {
  const c: Arm = { users: 140, conversions: 18 };
  const t: Arm = { users: 150, conversions: 34 };

  it.each([
    ['issueExample', c, t, 231, 0.05],
    ['later', { users: 1400, conversions: 180 }, { users: 1500, conversions: 340 }, 231, 0.05],
    ['strict', { users: 1000, conversions: 100 }, { users: 1000, conversions: 130 }, 2000, 0.01],
  ] as [string, Arm, Arm, number, number][])('%s matches the mixture formula of reference_issue15.py within 1e-9', (name, a, b, planned, alpha) => {
    const [lo, hi] = alwaysValidInterval(a, b, { plannedPerArm: planned, alpha });
    const ref = REF15[`avi_${name}`] as number[];
    expect(Math.abs(lo - ref[0]!)).toBeLessThan(1e-9);
    expect(Math.abs(hi - ref[1]!)).toBeLessThan(1e-9);
  });

  it('for means matches the mixture formula with Welch standard error within 1e-9', () => {
    const [lo, hi] = alwaysValidIntervalForMeans({ n: 140, mean: 18.5, sd: 55 }, { n: 150, mean: 31.2, sd: 80 }, { plannedPerArm: 300 });
    const ref = REF15.aviMeans_revenue as number[];
    expect(Math.abs(lo - ref[0]!)).toBeLessThan(1e-9);
    expect(Math.abs(hi - ref[1]!)).toBeLessThan(1e-9);
  });

  it('is wider than the fixed-sample interval around the same difference, and narrows as customers come in', () => {
    const fixed = compareProportions(c, t).ci;
    const [lo, hi] = alwaysValidInterval(c, t, { plannedPerArm: 231 });
    const d = 34 / 150 - 18 / 140;
    expect(lo).toBeLessThan(fixed[0]);
    expect(hi).toBeGreaterThan(fixed[1]);
    expect((lo + hi) / 2).toBeCloseTo(d, 12);
    // The example: "significant at 5%" by the fixed test, not yet decided sequentially.
    expect(compareProportions(c, t).pValue).toBeLessThan(0.05);
    expect(lo).toBeLessThan(0);
    const later = alwaysValidInterval({ users: 1400, conversions: 180 }, { users: 1500, conversions: 340 }, { plannedPerArm: 231 });
    expect(later[1] - later[0]).toBeLessThan(hi - lo);
    expect(later[0]).toBeGreaterThan(0);
  });

  it('widens as alpha decreases and is symmetric in the groups', () => {
    const a = alwaysValidInterval(c, t, { plannedPerArm: 231, alpha: 0.05 });
    const b = alwaysValidInterval(c, t, { plannedPerArm: 231, alpha: 0.01 });
    expect(b[0]).toBeLessThan(a[0]);
    const swapped = alwaysValidInterval(t, c, { plannedPerArm: 231 });
    expect(swapped[0]).toBeCloseTo(-a[1], 12);
    expect(swapped[1]).toBeCloseTo(-a[0], 12);
  });

  it('is not of zero width at 0% or 100% conversion', () => {
    const [lo, hi] = alwaysValidInterval({ users: 50, conversions: 0 }, { users: 50, conversions: 0 }, { plannedPerArm: 100 });
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(0);
  });

  it('rejects bad input with a RangeError naming the argument', () => {
    expect(() => alwaysValidInterval({ users: 0, conversions: 0 }, t, { plannedPerArm: 10 })).toThrow(/^control\.users must/);
    expect(() => alwaysValidInterval(c, { users: 5, conversions: 6 }, { plannedPerArm: 10 })).toThrow(/^treatment\.conversions must not exceed/);
    for (const planned of [0, -5, NaN, Infinity]) {
      expect(() => alwaysValidInterval(c, t, { plannedPerArm: planned })).toThrow(/^opts\.plannedPerArm must be a positive number/);
    }
    expect(() => alwaysValidInterval(c, t, { plannedPerArm: 10, alpha: 1 })).toThrow(/^opts\.alpha must/);
    expect(() => alwaysValidInterval(c, t, null as never)).toThrow(/^opts must be an object/);
    const s: Sample = { n: 10, mean: 1, sd: 1 };
    expect(() => alwaysValidIntervalForMeans({ ...s, n: 1 }, s, { plannedPerArm: 10 })).toThrow(/^control\.n must/);
    expect(() => alwaysValidIntervalForMeans(s, { ...s, sd: -1 }, { plannedPerArm: 10 })).toThrow(/^treatment\.sd must/);
    expect(() => alwaysValidIntervalForMeans(s, s, { plannedPerArm: 0 })).toThrow(/^opts\.plannedPerArm must/);
  });
});
