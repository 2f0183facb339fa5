// Honest verdicts (issue 15): the split first, the always-valid interval while the test runs,
// the fixed-sample test once the planned sample is reached, and value metrics by Welch's test.
import { describe, expect, it } from 'vitest';
import * as ops from '../../domain/operations';
import { alwaysValidInterval, sampleFromSums, welchTest } from '../../domain/stats';
import { hypothesisSchema } from '../../domain/transfer/schema';
import { emptyWorkspace, type Reading } from '../../domain/types';
import { analyseHypothesis, decide, sequentialLooks, totalsOfValues, type Analysis } from '../../domain/hypotheses/analysis';
import { customersPerArm, plannedPerArm } from '../../domain/hypotheses/planner';
import { checkValueReading, parseValuesFile } from '../../domain/hypotheses/readingInput';
import { translate } from '../../i18n/translate';
import type { T } from '../../i18n/useT';
import { badgeSummary, verdictSentence, verdictShort } from './format';

const en: T = (key, params) => translate('en', key, params);
const ru: T = (key, params) => translate('ru', key, params);

const reading = (arm: Reading['arm'], users: number, conversions: number, date = '2026-01-31'): Reading => ({
  id: `${arm}-${date}`,
  arm,
  date,
  users,
  conversions,
});
const valueReading = (arm: Reading['arm'], values: number[], date = '2026-01-31'): Reading => {
  const t = totalsOfValues(values);
  return { id: `${arm}-${date}-v`, arm, date, users: t.n, conversions: 0, sum: t.sum, sumSquares: t.sumSquares };
};

const plan = { ...ops.DEFAULT_PLAN };
const running = { targetSample: 231, plan, readings: [reading('control', 140, 18), reading('treatment', 150, 34)] };

describe('a conversion test looked at before its planned sample', () => {
  it('is ahead but not yet decided while the always-valid interval includes 0, though the fixed p is below 5%', () => {
    const a = analyseHypothesis(running)!;
    expect(a.metricKind).toBe('conversion');
    expect(a.decisivePValue).toBeLessThan(0.05); // the fixed-sample test alone would say "significant"
    expect(a.provisional).toBe(true);
    expect(a.plannedPerArm).toBe(231);
    expect(a.sequentialInterval).toEqual(alwaysValidInterval(a.control, a.treatment, { alpha: 0.05, plannedPerArm: 231 }));
    expect(a.sequentialInterval![0]).toBeLessThan(0);
    expect(a.verdict).toMatchObject({ kind: 'undecided', direction: 'better', toTarget: 231 - 140 });
    const sentence = verdictSentence(a, en, 'en');
    expect(sentence).toContain('Ahead, but not yet decided: the always-valid 95% interval (-3.8 pp to +23.4 pp) still includes zero.');
    expect(sentence).toContain('91 more customers per group to reach the planned 231.');
    expect(sentence).not.toContain('Significant');
    expect(verdictSentence(a, ru, 'ru')).toContain('Тест впереди, но пока не решено');
    expect(verdictSentence(a, ru, 'ru')).toContain('До плановых 231 в каждой группе осталось 91 клиент.');
  });

  it('is decided once the planned sample is reached and the fixed-sample test finds a difference', () => {
    const a = analyseHypothesis({ ...running, readings: [reading('control', 231, 30), reading('treatment', 231, 54)] })!;
    expect(a.provisional).toBe(false);
    expect(a.verdict).toMatchObject({ kind: 'significant', toTarget: null, moreNeeded: null });
    expect(verdictShort(a, en, 'en')).toMatch(/^\+10\.4 pp, decided \(p = 0\.00\d+\)$/);
    expect(badgeSummary('adopted', a, en, 'en')).toBe('+10.4 pp, adopted');
  });

  it('is decided early only when the always-valid interval excludes 0 (stubbed interval)', () => {
    const base = {
      alpha: 0.05,
      difference: 0.1,
      fixedSignificant: true,
      plannedPerArm: 231,
      smallerGroup: 140,
      srmBroken: false,
      needed: () => 300,
      plannedEffect: 0.1,
    };
    expect(decide({ ...base, sequential: [0.01, 0.2] })).toMatchObject({ kind: 'decided', moreNeeded: null, toTarget: 91 });
    expect(decide({ ...base, sequential: [-0.2, -0.01], difference: -0.1 })).toMatchObject({ kind: 'decided', direction: 'worse' });
    expect(decide({ ...base, sequential: [-0.01, 0.2] })).toMatchObject({ kind: 'undecided', moreNeeded: 160, moreBasis: 'observed' });
    // Without an interval the fixed p-value never decides a running test.
    expect(decide({ ...base, sequential: null })).toMatchObject({ kind: 'undecided' });
    // A broken split comes before everything.
    expect(decide({ ...base, sequential: [0.01, 0.2], srmBroken: true })).toMatchObject({ kind: 'srm' });
    // No effect seen: the planned one, said so.
    expect(decide({ ...base, difference: 0, sequential: [-0.1, 0.1] })).toMatchObject({ moreBasis: 'planned', moreNeeded: 160 });
  });

  it('gives "about N more" by the planner’s formula, and says which effect it rests on', () => {
    const readings = [reading('control', 100, 10), reading('treatment', 100, 13)];
    const a = analyseHypothesis({ readings, plan: { ...plan, minDetectableEffect: 0.05 } })!;
    const needed = customersPerArm({ kind: 'conversion', baselineRate: 0.1, effect: 0.03, alpha: 0.05, power: 0.8 })!;
    expect(a.verdict).toMatchObject({ kind: 'notSignificant', moreNeeded: needed - 100, moreBasis: 'observed' });
    expect(verdictSentence(a, en, 'en')).toContain('This figure is based on the effect observed so far.');
    const same = analyseHypothesis({ readings: [reading('control', 100, 10), reading('treatment', 100, 10)], plan: { ...plan, minDetectableEffect: 0.05 } })!;
    expect(same.verdict).toMatchObject({ moreBasis: 'planned' });
    expect(verdictSentence(same, ru, 'ru')).toContain('Расчёт исходит из планового минимального эффекта.');
    // The planned sample is the target, else the planner's own figure.
    expect(plannedPerArm({ targetSample: null, plan: { ...plan, baselineRate: 0.1, minDetectableEffect: 0.05 } })).toBe(686);
    expect(plannedPerArm({ targetSample: 500, plan })).toBe(500);
    expect(plannedPerArm({ targetSample: null, plan })).toBeNull();
  });

  it('shows "not significant" with its p-value on the badge, unlike a decided result', () => {
    const a = analyseHypothesis({ readings: [reading('control', 400, 40), reading('treatment', 400, 45)] })!;
    expect(verdictShort(a, en, 'en')).toMatch(/^\+1\.2 pp \(p = 0\.5662, not significant\)$/);
    expect(badgeSummary('running', a, en, 'en')).toMatch(/^Running: \+1\.2 pp \(p = 0\.5662, not significant\)$/);
    expect(verdictShort(a, ru, 'ru')).toMatch(/^\+1,2 п\. п\. \(p = 0,5662, не значимо\)$/);
  });

  it('charts the always-valid interval at each reading date, narrowing', () => {
    const monthly = ['2026-01-31', '2026-02-28', '2026-03-31'].flatMap((date) => [reading('control', 47, 6, date), reading('treatment', 50, 11, date)]);
    const looks = sequentialLooks({ targetSample: 231, plan, readings: monthly });
    expect(looks.map((l) => l.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    const widths = looks.map((l) => l.interval[1] - l.interval[0]);
    expect(widths[1]).toBeLessThan(widths[0]!);
    expect(widths[2]).toBeLessThan(widths[1]!);
    expect(sequentialLooks({ targetSample: null, plan, readings: monthly })).toEqual([]);
  });
});

describe('the split check', () => {
  it('says the split is broken before any other figure', () => {
    const a = analyseHypothesis({ readings: [reading('control', 1000, 100), reading('treatment', 1200, 150)] })!;
    expect(a.srmPValue).toBeLessThan(0.001);
    expect(a.srmBroken).toBe(true);
    expect(a.verdict.kind).toBe('srm');
    expect(verdictSentence(a, en, 'en')).toMatch(/^The split itself is broken: 1,000 customers in control against 1,200 in treatment/);
    expect(verdictSentence(a, ru, 'ru')).toMatch(/^Нарушено само разбиение на группы: 1\u00a0000 клиентов в контроле против 1\u00a0200 в тесте/);
    expect(verdictShort(a, en, 'en')).toBe('+2.5 pp (split broken)');
    // A p-value below 0.0001 is said as such, never as "< 0".
    expect(verdictSentence(a, en, 'en')).toContain('(p = < 0.0001)');
    expect(verdictSentence(a, ru, 'ru')).toContain('(p = < 0,0001)');
  });

  it('lets a fair split pass', () => {
    const a = analyseHypothesis({ readings: [reading('control', 1000, 100), reading('treatment', 1030, 150)] })!;
    expect(a.srmBroken).toBe(false);
  });
});

describe('a value metric', () => {
  const control = [100, 120, 90, 0, 150, 110, 95, 130, 80, 105];
  const treatment = [140, 160, 120, 90, 180, 150, 135, 170, 110, 145];
  it('is judged by Welch’s test on the summed readings, periods adding up', () => {
    const split = [valueReading('control', control.slice(0, 4), '2026-01-31'), valueReading('control', control.slice(4), '2026-02-28')];
    const a = analyseHypothesis({ metricKind: 'value', targetSample: null, plan, readings: [...split, valueReading('treatment', treatment)] }) as Analysis;
    expect(a.metricKind).toBe('value');
    if (a.metricKind !== 'value') return;
    const c = totalsOfValues(control);
    const t = totalsOfValues(treatment);
    const expected = welchTest(sampleFromSums(c.n, c.sum, c.sumSquares), sampleFromSums(t.n, t.sum, t.sumSquares), 0.05);
    expect(a.welch.p).toBeCloseTo(expected.p, 12);
    expect(a.welch.df).toBeCloseTo(expected.df, 9);
    expect(a.verdict).toMatchObject({ kind: 'significant', direction: 'better' });
    expect(verdictSentence(a, en, 'en')).toMatch(/^Treatment’s mean value is 42 higher \(140 against 98; 95% CI \+\d+(\.\d+)? to \+\d+(\.\d+)?\)\. Welch’s t-test: t = [\d.]+, df = [\d.]+, p = /);
    expect(verdictSentence(a, ru, 'ru')).toContain('t-тест Уэлча');
    // Conversion readings (entered before the kind changed) do not count for the value.
    const mixed = analyseHypothesis({ metricKind: 'value', targetSample: null, plan, readings: [...split, valueReading('treatment', treatment), reading('control', 5000, 4000)] })!;
    expect(mixed.decisivePValue).toBeCloseTo(expected.p, 12);
  });

  it('is provisional before the planned sample and uses the always-valid interval for means', () => {
    const a = analyseHypothesis({ metricKind: 'value', targetSample: 200, plan, readings: [valueReading('control', control), valueReading('treatment', treatment)] })!;
    expect(a.provisional).toBe(true);
    expect(a.sequentialInterval).not.toBeNull();
    expect(['decided', 'undecided']).toContain(a.verdict.kind);
  });

  it('sizes a value metric from its standard deviation in the planner', () => {
    const h = { targetSample: null, metricKind: 'value' as const, plan: { ...plan, valueSd: 40, valueEffect: 10 } };
    expect(plannedPerArm(h)).toBe(customersPerArm({ kind: 'value', sd: 40, effect: 10, alpha: 0.05, power: 0.8 }));
    expect(plannedPerArm(h)).toBeGreaterThan(200);
  });
});

describe('value readings typed or imported', () => {
  it('checks customers, sum and sum of squares', () => {
    expect(checkValueReading({ date: '2026-01-31', users: '10', sum: '1,000.5', sumSquares: '200000' }, 'en')).toEqual({
      ok: true,
      date: '2026-01-31',
      users: 10,
      sum: 1000.5,
      sumSquares: 200000,
    });
    expect(checkValueReading({ date: '2026-01-31', users: '10', sum: '1000', sumSquares: '100' }, 'en')).toMatchObject({
      ok: false,
      errors: { sumSquares: 'hyp.reading.sumSquaresTooSmall' },
    });
    expect(checkValueReading({ date: '', users: '0', sum: 'x', sumSquares: '-1' }, 'en')).toMatchObject({
      ok: false,
      errors: { date: 'hyp.reading.dateRequired', users: 'hyp.reading.usersInvalid', sum: 'hyp.reading.sumInvalid', sumSquares: 'hyp.reading.sumSquaresInvalid' },
    });
  });

  it('reads a per-customer CSV in the UI language, with or without a header', () => {
    expect(parseValuesFile('revenue\r\n100\n\n250.5\n"1,200"\n', 'en')).toEqual({ ok: true, values: [100, 250.5, 1200] });
    expect(parseValuesFile('100,5\n200\n', 'ru')).toEqual({ ok: true, values: [100.5, 200] });
    expect(parseValuesFile('100\nabc\n', 'en')).toEqual({ ok: false, line: 2, text: 'abc' });
    expect(parseValuesFile('value\n', 'en')).toEqual({ ok: false, line: 0, text: '' });
  });
});

describe('the model', () => {
  it('records a test adopted before a decision as stopped early', () => {
    const ws = emptyWorkspace();
    ops.addHypothesis(ws, 'h', { title: 'T', statement: '', control: '', plannedStart: '', plannedEnd: '' }, 1);
    ops.setHypothesisStatus(ws, 'h', 'adopted', 2, true);
    expect(ws.hypotheses.h!.history.at(-1)).toEqual({ status: 'adopted', at: 2, early: true });
    ops.setHypothesisStatus(ws, 'h', 'running', 3);
    expect(ws.hypotheses.h!.history.at(-1)).toEqual({ status: 'running', at: 3 });
  });

  it('keeps old files readable and reads the new optional fields', () => {
    const ws = emptyWorkspace();
    const h = ops.addHypothesis(ws, 'h', { title: 'T', statement: '', control: '', plannedStart: '', plannedEnd: '' }, 1);
    expect(hypothesisSchema.safeParse(h).success).toBe(true);
    const parsed = hypothesisSchema.parse({
      ...h,
      metricKind: 'value',
      plan: { ...h.plan, valueSd: 40, valueEffect: 10 },
      history: [{ status: 'adopted', at: 1, early: true }],
      readings: [{ id: 'r', arm: 'control', date: '2026-01-31', users: 3, conversions: 0, sum: 30, sumSquares: 350 }],
    });
    expect(parsed.metricKind).toBe('value');
    expect(parsed.readings[0]).toMatchObject({ sum: 30, sumSquares: 350 });
    expect(parsed.history[0]!.early).toBe(true);
    expect(parsed.plan!.valueSd).toBe(40);
  });
});

describe('the table’s CSV', () => {
  it('carries the metric kind, means, planned sample, provisional mark, always-valid interval, split check and short verdict', async () => {
    const { hypothesesCsv } = await import('./hypothesesCsv');
    const { hypothesisRows } = await import('../../domain/hypotheses/table');
    const ws = emptyWorkspace();
    ops.addHypothesis(ws, 'c', { title: 'Conversion', statement: '', control: '', plannedStart: '', plannedEnd: '' }, 1);
    ops.updateHypothesis(ws, 'c', { targetSample: 231 }, 1);
    ops.addReading(ws, 'c', 'c1', { arm: 'control', date: '2026-05-31', users: 140, conversions: 18 }, 1);
    ops.addReading(ws, 'c', 'c2', { arm: 'treatment', date: '2026-05-31', users: 150, conversions: 34 }, 1);
    ops.addHypothesis(ws, 'v', { title: 'Value', statement: '', control: '', plannedStart: '', plannedEnd: '' }, 2);
    ops.updateHypothesis(ws, 'v', { metricKind: 'value' }, 2);
    const c = totalsOfValues([100, 120, 90]);
    const t = totalsOfValues([140, 160, 120]);
    ops.addReading(ws, 'v', 'v1', { arm: 'control', date: '2026-05-31', users: c.n, conversions: 0, sum: c.sum, sumSquares: c.sumSquares }, 2);
    ops.addReading(ws, 'v', 'v2', { arm: 'treatment', date: '2026-05-31', users: t.n, conversions: 0, sum: t.sum, sumSquares: t.sumSquares }, 2);
    const lines = hypothesesCsv(hypothesisRows(ws), en, 'en').replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toContain(
      'Metric kind,Control mean value,Treatment mean value,Difference (fraction or value),Planned per group,Provisional (planned sample not reached),"Always-valid interval, low","Always-valid interval, high",Split check p-value (SRM),Result,Verdict,',
    );
    const conversion = lines.find((l) => l.startsWith('Conversion,'))!;
    expect(conversion).toMatch(/,Conversion \(share of customers\),,,0\.09\d+,231,yes,-0\.038\d+,0\.234\d+,0\.557\d+,/);
    // A leading "+" is defused as a would-be formula, as every cell of the export.
    expect(conversion).toContain(`"'+9.8 pp (p = 0.0296, provisional; not yet decided)"`);
    const value = lines.find((l) => l.startsWith('Value,'))!;
    expect(value).toMatch(/^Value,Idea,,,,,,,,,3,,3,,,,,0\.\d+,,"Value per customer \(revenue, items bought…\)",103\.333333,140,36\.666667,,no,,,1,/);
  });
});
