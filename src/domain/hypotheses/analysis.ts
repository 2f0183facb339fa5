// What the recorded results of a hypothesis say, as figures and as a verdict a marketer can read.
import type { Arm as ArmName, Hypothesis, MetricKind, Reading } from '../types';
import {
  alwaysValidInterval,
  alwaysValidIntervalForMeans,
  chanceToBeatControl,
  compareProportions,
  expectedCellsBelowFive,
  fisherExactPValue,
  normalQuantile,
  sampleFromSums,
  srmPValue,
  welchTest,
  type Arm,
  type Comparison,
  type Sample,
  type WelchResult,
} from '../stats';
import { hypothesisPlan } from '../operations/hypotheses';
import { customersPerArm, plannedPerArm } from './planner';

/** A reading of a value metric carries the sums of the values; a conversion reading does not. */
export const isValueReading = (r: Reading) => r.sum !== undefined;

/** The metric kind of a hypothesis; hypotheses saved before value metrics existed measure conversion. */
export const metricKindOf = (h: Pick<Hypothesis, 'metricKind'>): MetricKind => h.metricKind ?? 'conversion';

/** Readings are counts for their period: a group's total is their sum (conversion readings only). */
export function armTotals(readings: readonly Reading[], arm: ArmName): Arm {
  let users = 0;
  let conversions = 0;
  for (const r of readings) {
    if (r.arm !== arm || isValueReading(r)) continue;
    users += r.users;
    conversions += r.conversions;
  }
  return { users, conversions };
}

/**
 * Wilson score interval of one group's rate: unlike the Wald interval it stays inside [0, 1]
 * and behaves at 0 or all conversions, which small deal counts produce.
 */
export function wilsonInterval(arm: Arm, alpha = 0.05): [number, number] {
  const z = normalQuantile(1 - alpha / 2);
  const n = arm.users;
  const p = arm.conversions / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Interval of the difference treatment - control by Newcombe's hybrid score method (method 10
 * of Newcombe 1998), built from the two Wilson intervals. Unlike the Wald interval it never
 * collapses to zero width at 0% or 100% and keeps its coverage with few deals.
 */
export function newcombeInterval(control: Arm, treatment: Arm, alpha = 0.05): [number, number] {
  const p1 = control.conversions / control.users;
  const p2 = treatment.conversions / treatment.users;
  const [l1, u1] = wilsonInterval(control, alpha);
  const [l2, u2] = wilsonInterval(treatment, alpha);
  const d = p2 - p1;
  return [d - Math.hypot(p2 - l2, u1 - p1), d + Math.hypot(u2 - p2, p1 - l1)];
}

/** Value readings of one group added up: customers, sum and sum of squares. */
export interface ValueTotals {
  n: number;
  sum: number;
  sumSquares: number;
}

export function valueTotals(readings: readonly Reading[], arm: ArmName): ValueTotals {
  const totals = { n: 0, sum: 0, sumSquares: 0 };
  for (const r of readings) {
    if (r.arm !== arm || !isValueReading(r)) continue;
    totals.n += r.users;
    totals.sum += r.sum ?? 0;
    totals.sumSquares += r.sumSquares ?? 0;
  }
  return totals;
}

/** Customers, sum and sum of squares of a list of per-customer values (one CSV reading). */
export function totalsOfValues(values: readonly number[]): ValueTotals {
  let sum = 0;
  let sumSquares = 0;
  for (const v of values) {
    sum += v;
    sumSquares += v * v;
  }
  return { n: values.length, sum, sumSquares };
}

/** Below this the split of customers between the groups is not what was planned (sample ratio mismatch). */
export const SRM_THRESHOLD = 0.001;

export type VerdictKind =
  /** The split itself is broken: no other figure can be trusted. */
  | 'srm'
  /** Before the planned sample: the always-valid interval excludes 0. */
  | 'decided'
  /** Before the planned sample: the always-valid interval still includes 0 (or cannot be computed). */
  | 'undecided'
  /** Planned sample reached (or none planned): the fixed-sample test finds a difference. */
  | 'significant'
  | 'notSignificant';

export type Verdict =
  | { kind: 'noData' }
  | {
      kind: VerdictKind;
      /** Which way the treatment moved the metric. */
      direction: 'better' | 'worse' | 'same';
      alpha: number;
      /** Customers per group still needed to tell the observed (or planned) effect from chance; null when unknown or already enough. */
      moreNeeded: number | null;
      /** The effect moreNeeded is computed for: the one observed so far or the plan's minimum. */
      moreBasis: 'observed' | 'planned' | null;
      /** Customers per group still missing to the planned sample; null without a plan or once reached. */
      toTarget: number | null;
    };

/** What every analysis says about how far the test is and whether it can be trusted. */
export interface Checks {
  /** The planned sample per group: the target, else the planner's figure; null when neither is known. */
  plannedPerArm: number | null;
  /** The planned sample is not reached yet: the fixed-sample figures are provisional. */
  provisional: boolean;
  /** Chi-square p-value of the 50/50 split; null when the check is not available. */
  srmPValue: number | null;
  srmBroken: boolean;
  /** The always-valid (sequential) interval of the difference now; null without a planned sample. */
  sequentialInterval: [number, number] | null;
  /** Treatment minus control: percentage points as a fraction, or the difference of mean values. */
  difference: number;
  verdict: Verdict;
}

export interface ConversionAnalysis extends Checks {
  metricKind: 'conversion';
  control: Arm;
  treatment: Arm;
  comparison: Comparison;
  controlInterval: [number, number];
  /** The interval of the difference shown to the user: Newcombe's, not the z-test's Wald interval. */
  differenceInterval: [number, number];
  treatmentInterval: [number, number];
  fisherPValue: number;
  /** Some expected cell count is below 5: the z-test's approximation is poor, Fisher's test decides. */
  fisherRecommended: boolean;
  /** The p-value the verdict rests on: Fisher's when recommended, else the z-test's. */
  decisivePValue: number;
  chanceToBeat: number;
}

export interface ValueAnalysis extends Checks {
  metricKind: 'value';
  control: Sample;
  treatment: Sample;
  welch: WelchResult;
  /** Welch's p-value: the one the fixed-sample verdict rests on. */
  decisivePValue: number;
}

export type Analysis = ConversionAnalysis | ValueAnalysis;

type Analysable = Pick<Hypothesis, 'readings' | 'plan'> & Partial<Pick<Hypothesis, 'metricKind' | 'targetSample'>>;

const memo = new WeakMap<object, Analysis | null>();

/**
 * Figures and verdict, or null while a group has no customers yet - or when the record breaks
 * the statistics' rules (say, an edited database): a page must never fail on one bad record.
 * Memoised per hypothesis object: the store replaces a hypothesis when it changes, so the page
 * does not recompute every hypothesis on every change of the workspace.
 */
export function analyseHypothesis(h: Analysable & { metricKind?: 'conversion' }): ConversionAnalysis | null;
export function analyseHypothesis(h: Analysable): Analysis | null;
export function analyseHypothesis(h: Analysable): Analysis | null {
  const known = memo.get(h);
  if (known !== undefined) return known;
  let result: Analysis | null;
  try {
    result = metricKindOf(h) === 'value' ? analyseValue(h) : analyseConversion(h);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    result = null;
  }
  memo.set(h, result);
  return result;
}

const planned = (h: Analysable) => plannedPerArm({ targetSample: h.targetSample ?? null, plan: h.plan, metricKind: h.metricKind });

const excludesZero = (interval: [number, number] | null) => interval !== null && (interval[0] > 0 || interval[1] < 0);

const srm = (controlN: number, treatmentN: number): number | null => attempt(() => srmPValue(controlN, treatmentN, 0.5));

/** A statistic that may refuse its input: null then, never a failed page. */
function attempt<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

interface DecideInput {
  alpha: number;
  difference: number;
  fixedSignificant: boolean;
  sequential: [number, number] | null;
  plannedPerArm: number | null;
  smallerGroup: number;
  srmBroken: boolean;
  /** Customers per group needed for an effect, by the planner's formula. */
  needed: (effect: number) => number | null;
  plannedEffect: number | null;
}

/**
 * The verdict: a broken split first; before the planned sample only the always-valid interval
 * may decide (a fixed-sample p-value looked at every month would cry wolf far more often than
 * alpha); from the planned sample on (or with no plan) the fixed-sample test decides.
 */
export function decide(x: DecideInput): Verdict {
  const direction = x.difference > 0 ? 'better' : x.difference < 0 ? 'worse' : 'same';
  const toTarget = x.plannedPerArm !== null && x.smallerGroup < x.plannedPerArm ? x.plannedPerArm - x.smallerGroup : null;
  const kind: VerdictKind = x.srmBroken
    ? 'srm'
    : toTarget !== null
      ? excludesZero(x.sequential)
        ? 'decided'
        : 'undecided'
      : x.fixedSignificant
        ? 'significant'
        : 'notSignificant';
  let moreNeeded: number | null = null;
  let moreBasis: 'observed' | 'planned' | null = null;
  if (kind !== 'decided' && kind !== 'significant') {
    const basis = x.difference !== 0 ? 'observed' : x.plannedEffect ? 'planned' : null;
    const effect = basis === 'observed' ? x.difference : basis === 'planned' ? x.plannedEffect : null;
    const needed = effect ? x.needed(effect) : null;
    const more = needed === null ? 0 : needed - x.smallerGroup;
    if (more > 0) {
      moreNeeded = more;
      moreBasis = basis;
    }
  }
  return { kind, direction, alpha: x.alpha, moreNeeded, moreBasis, toTarget };
}

function analyseConversion(h: Analysable): ConversionAnalysis | null {
  const control = armTotals(h.readings, 'control');
  const treatment = armTotals(h.readings, 'treatment');
  if (control.users === 0 || treatment.users === 0) return null;
  const plan = hypothesisPlan(h);
  const alpha = plan.alpha;
  const perArm = planned(h);
  const comparison = compareProportions(control, treatment, alpha);
  const fisherPValue = fisherExactPValue(control, treatment);
  const fisherRecommended = expectedCellsBelowFive(control, treatment);
  const decisivePValue = fisherRecommended ? fisherPValue : comparison.pValue;
  const sequential = perArm === null ? null : attempt(() => alwaysValidInterval(control, treatment, { alpha, plannedPerArm: perArm }));
  const srmP = srm(control.users, treatment.users);
  const smallerGroup = Math.min(control.users, treatment.users);
  const baseline = control.conversions / control.users;
  return {
    metricKind: 'conversion',
    control,
    treatment,
    comparison,
    controlInterval: wilsonInterval(control, alpha),
    differenceInterval: newcombeInterval(control, treatment, alpha),
    treatmentInterval: wilsonInterval(treatment, alpha),
    fisherPValue,
    fisherRecommended,
    decisivePValue,
    chanceToBeat: chanceToBeatControl(control, treatment),
    plannedPerArm: perArm,
    provisional: perArm !== null && smallerGroup < perArm,
    srmPValue: srmP,
    srmBroken: srmP !== null && srmP < SRM_THRESHOLD,
    sequentialInterval: sequential,
    difference: comparison.absoluteUplift,
    verdict: decide({
      alpha,
      difference: comparison.absoluteUplift,
      fixedSignificant: decisivePValue < alpha,
      sequential,
      plannedPerArm: perArm,
      smallerGroup,
      srmBroken: srmP !== null && srmP < SRM_THRESHOLD,
      needed: (effect) => customersPerArm({ kind: 'conversion', baselineRate: baseline, effect, alpha, power: plan.power }),
      plannedEffect: plan.minDetectableEffect,
    }),
  };
}

function sampleOf(t: ValueTotals): Sample | null {
  if (t.n < 2) return null;
  return sampleFromSums(t.n, t.sum, t.sumSquares);
}

function analyseValue(h: Analysable): ValueAnalysis | null {
  const control = sampleOf(valueTotals(h.readings, 'control'));
  const treatment = sampleOf(valueTotals(h.readings, 'treatment'));
  if (!control || !treatment) return null;
  const plan = hypothesisPlan(h);
  const alpha = plan.alpha;
  const perArm = planned(h);
  const welch = welchTest(control, treatment, alpha);
  const sequential = perArm === null ? null : attempt(() => alwaysValidIntervalForMeans(control, treatment, { alpha, plannedPerArm: perArm }));
  const srmP = srm(control.n, treatment.n);
  const smallerGroup = Math.min(control.n, treatment.n);
  const sd = Math.sqrt((control.sd ** 2 + treatment.sd ** 2) / 2);
  return {
    metricKind: 'value',
    control,
    treatment,
    welch,
    decisivePValue: welch.p,
    plannedPerArm: perArm,
    provisional: perArm !== null && smallerGroup < perArm,
    srmPValue: srmP,
    srmBroken: srmP !== null && srmP < SRM_THRESHOLD,
    sequentialInterval: sequential,
    difference: welch.difference,
    verdict: decide({
      alpha,
      difference: welch.difference,
      fixedSignificant: welch.p < alpha,
      sequential,
      plannedPerArm: perArm,
      smallerGroup,
      srmBroken: srmP !== null && srmP < SRM_THRESHOLD,
      needed: (effect) => (sd > 0 ? customersPerArm({ kind: 'value', sd, effect, alpha, power: plan.power }) : null),
      plannedEffect: plan.valueEffect ?? null,
    }),
  };
}

/** One look at the test: the always-valid interval after the readings up to that date. */
export interface Look {
  date: string;
  difference: number;
  interval: [number, number];
}

/**
 * The always-valid interval at every reading date, from the readings up to it: the chart of a
 * test that narrows as customers come in. Empty without a planned sample.
 */
export function sequentialLooks(h: Analysable): Look[] {
  const perArm = planned(h);
  if (perArm === null) return [];
  const alpha = hypothesisPlan(h).alpha;
  const value = metricKindOf(h) === 'value';
  const dates = [...new Set(h.readings.map((r) => r.date))].sort();
  const looks: Look[] = [];
  for (const date of dates) {
    const upTo = h.readings.filter((r) => r.date <= date);
    if (value) {
      const c = attempt(() => sampleOf(valueTotals(upTo, 'control')));
      const t = attempt(() => sampleOf(valueTotals(upTo, 'treatment')));
      if (!c || !t) continue;
      const interval = attempt(() => alwaysValidIntervalForMeans(c, t, { alpha, plannedPerArm: perArm }));
      if (interval) looks.push({ date, difference: t.mean - c.mean, interval });
    } else {
      const c = armTotals(upTo, 'control');
      const t = armTotals(upTo, 'treatment');
      if (!c.users || !t.users) continue;
      const interval = attempt(() => alwaysValidInterval(c, t, { alpha, plannedPerArm: perArm }));
      if (interval) looks.push({ date, difference: t.conversions / t.users - c.conversions / c.users, interval });
    }
  }
  return looks;
}
