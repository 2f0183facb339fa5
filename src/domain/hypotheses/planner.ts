// The sample-size planner: how many customers a test needs, and whether its plan gets there.
import type { Hypothesis, HypothesisPlan } from '../types';
import { sampleSizeForMeans, sampleSizePerArm } from '../stats';

/** The method's rule of thumb for B2C sales tests: about 100-150 closed deals (domain.md section 3). */
export const RULE_OF_THUMB_DEALS = { from: 100, to: 150 } as const;

export type PlanWarning = 'targetTooSmall' | 'datesTooShort';

export type PlanResult =
  | { kind: 'incomplete' }
  | { kind: 'invalid'; message: string }
  | {
      kind: 'ok';
      perArm: number;
      total: number;
      /** Weeks to gather both groups at the expected flow of customers; null without a flow. */
      weeks: number | null;
      /** Weeks between the planned start and end dates; null without both dates. */
      plannedWeeks: number | null;
      warnings: PlanWarning[];
    };

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Weeks (fractional) between two ISO dates, or null when either is missing or they are reversed. */
export function weeksBetween(start: string, end: string): number | null {
  if (!start || !end) return null;
  const ms = Date.parse(end) - Date.parse(start);
  if (!Number.isFinite(ms) || ms < 0) return null;
  return ms / WEEK_MS;
}

/** The absolute effect from a relative one: 20% of a 10% baseline is 2 percentage points. */
export function absoluteEffect(baselineRate: number, relative: number): number {
  return baselineRate * relative;
}

export function planSample(
  plan: HypothesisPlan,
  h: Pick<Hypothesis, 'targetSample' | 'plannedStart' | 'plannedEnd'> & Partial<Pick<Hypothesis, 'metricKind'>>,
): PlanResult {
  const value = h.metricKind === 'value';
  const { baselineRate, minDetectableEffect } = plan;
  if (value ? !plan.valueSd || !plan.valueEffect : baselineRate === null || minDetectableEffect === null) return { kind: 'incomplete' };
  let perArm: number;
  try {
    perArm = value
      ? sampleSizeForMeans({ sd: plan.valueSd!, minDetectableEffect: plan.valueEffect!, alpha: plan.alpha, power: plan.power })
      : sampleSizePerArm(baselineRate!, minDetectableEffect!, plan.alpha, plan.power);
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  const total = perArm * 2;
  // The exact time the sample takes; `weeks` rounds it up for display. The dates give fractional
  // weeks, so they are compared with the exact figure: 2.57 planned weeks cover 2.29 needed ones.
  const neededWeeks = plan.customersPerWeek && plan.customersPerWeek > 0 ? total / plan.customersPerWeek : null;
  const weeks = neededWeeks === null ? null : Math.ceil(neededWeeks);
  const plannedWeeks = weeksBetween(h.plannedStart, h.plannedEnd);
  const warnings: PlanWarning[] = [];
  if (h.targetSample !== null && h.targetSample < perArm) warnings.push('targetTooSmall');
  if (neededWeeks !== null && plannedWeeks !== null && plannedWeeks < neededWeeks) warnings.push('datesTooShort');
  return { kind: 'ok', perArm, total, weeks, plannedWeeks, warnings };
}

/** What a sample size is computed from: a conversion rate or a value's standard deviation, and the effect to detect. */
export type SizingInput =
  | { kind: 'conversion'; baselineRate: number; effect: number; alpha: number; power: number }
  | { kind: 'value'; sd: number; effect: number; alpha: number; power: number };

/**
 * Customers needed per group to detect the effect at the power: the one formula behind both the
 * planner and the verdict's "about N more customers". Null when it cannot be said (the inputs
 * break the statistics' rules).
 */
export function customersPerArm(input: SizingInput): number | null {
  try {
    if (input.kind === 'conversion') return sampleSizePerArm(input.baselineRate, input.effect, input.alpha, input.power);
    return sampleSizeForMeans({ sd: input.sd, minDetectableEffect: input.effect, alpha: input.alpha, power: input.power });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The planned sample per group: the target when set, else what the planner computes; null when neither is known. */
export function plannedPerArm(h: Pick<Hypothesis, 'targetSample' | 'plan' | 'metricKind'>): number | null {
  if (h.targetSample !== null && h.targetSample > 0) return h.targetSample;
  const plan = h.plan;
  if (!plan) return null;
  if ((h.metricKind ?? 'conversion') === 'value') {
    if (!plan.valueSd || !plan.valueEffect) return null;
    return customersPerArm({ kind: 'value', sd: plan.valueSd, effect: plan.valueEffect, alpha: plan.alpha, power: plan.power });
  }
  if (plan.baselineRate === null || plan.minDetectableEffect === null) return null;
  return customersPerArm({ kind: 'conversion', baselineRate: plan.baselineRate, effect: plan.minDetectableEffect, alpha: plan.alpha, power: plan.power });
}
