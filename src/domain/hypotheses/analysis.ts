// What the recorded results of a hypothesis say, as figures and as a verdict a marketer can read.
import type { Arm as ArmName, Hypothesis, Reading } from '../types';
import {
  chanceToBeatControl,
  compareProportions,
  expectedCellsBelowFive,
  fisherExactPValue,
  normalQuantile,
  sampleSizePerArm,
  type Arm,
  type Comparison,
} from '../stats';
import { hypothesisPlan } from '../operations/hypotheses';

/** Readings are counts for their period: a group's total is their sum. */
export function armTotals(readings: readonly Reading[], arm: ArmName): Arm {
  let users = 0;
  let conversions = 0;
  for (const r of readings) {
    if (r.arm !== arm) continue;
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

export type Verdict =
  | { kind: 'noData' }
  | {
      kind: 'significant' | 'notSignificant';
      /** Which way the treatment moved the rate. */
      direction: 'better' | 'worse' | 'same';
      alpha: number;
      /** Customers per group still needed to tell the observed (or planned) effect from chance; null when unknown or already enough. */
      moreNeeded: number | null;
    };

export interface Analysis {
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
  verdict: Verdict;
}

/**
 * Figures and verdict, or null while a group has no customers yet - or when the record breaks
 * the statistics' rules (say, an edited database): a page must never fail on one bad record.
 */
export function analyseHypothesis(h: Pick<Hypothesis, 'readings' | 'plan'>): Analysis | null {
  try {
    return analyse(h);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function analyse(h: Pick<Hypothesis, 'readings' | 'plan'>): Analysis | null {
  const control = armTotals(h.readings, 'control');
  const treatment = armTotals(h.readings, 'treatment');
  if (control.users === 0 || treatment.users === 0) return null;
  const plan = hypothesisPlan(h);
  const alpha = plan.alpha;
  const comparison = compareProportions(control, treatment, alpha);
  const fisherPValue = fisherExactPValue(control, treatment);
  const fisherRecommended = expectedCellsBelowFive(control, treatment);
  const decisivePValue = fisherRecommended ? fisherPValue : comparison.pValue;
  const significant = decisivePValue < alpha;
  const diff = comparison.absoluteUplift;
  const direction = diff > 0 ? 'better' : diff < 0 ? 'worse' : 'same';
  return {
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
    verdict: {
      kind: significant ? 'significant' : 'notSignificant',
      direction,
      alpha,
      moreNeeded: significant ? null : moreCustomersNeeded(control, treatment, diff, plan.minDetectableEffect, alpha, plan.power),
    },
  };
}

/**
 * How many more customers per group the test needs to detect the effect seen so far (or, when
 * none is seen, the planned one) at the plan's power. Null when it cannot be said: a rate of 0
 * or 1, no effect to look for, or the groups are already that large.
 */
function moreCustomersNeeded(control: Arm, treatment: Arm, observed: number, planned: number | null, alpha: number, power: number): number | null {
  const baseline = control.conversions / control.users;
  const effect = observed !== 0 ? observed : planned;
  if (!effect) return null;
  let needed: number;
  try {
    needed = sampleSizePerArm(baseline, effect, alpha, power);
  } catch {
    return null;
  }
  const more = needed - Math.min(control.users, treatment.users);
  return more > 0 ? more : null;
}
