import { describe, expect, it } from 'vitest';
import * as ops from '../operations';
import { emptyWorkspace, type Hypothesis, type Reading, type Workspace } from '../types';
import { analyseHypothesis, armTotals, newcombeInterval, wilsonInterval } from './analysis';
import { planSample, weeksBetween } from './planner';
import { checkReading } from './readingInput';
import { filterRows, hypothesisRows, NO_FILTER, sortRows } from './table';

const draft: ops.HypothesisDraft = {
  title: 'Test: prices online',
  statement: 'If we publish prices …',
  control: 'Nothing new',
  plannedStart: '2026-01-01',
  plannedEnd: '2026-06-01',
};

function mapWithRecommendation(): Workspace {
  const ws = emptyWorkspace();
  ops.createMap(ws, { id: 'm', title: 'Map', stageNames: ['One', 'Two'], segmentId: null });
  const stage = Object.values(ws.stages).find((s) => s.name === 'Two')!;
  const lane = (kind: string) => Object.values(ws.lanes).find((l) => l.kind === kind)!.id;
  ops.addCard(ws, { id: 'barrier', stageId: stage.id, laneId: lane('barriers'), text: 'No price online' });
  ops.addCard(ws, { id: 'rec', stageId: stage.id, laneId: lane('recommendations'), text: 'Publish prices' });
  ops.addLink(ws, 'link', 'rec', 'barrier');
  return ws;
}

const reading = (arm: Reading['arm'], users: number, conversions: number, date = '2026-02-01'): Reading => ({
  id: `${arm}-${date}-${users}`,
  arm,
  date,
  users,
  conversions,
});

describe('hypothesis operations', () => {
  it('a hypothesis from a recommendation remembers its map, stage and card, and the card becomes the treatment', () => {
    const ws = mapWithRecommendation();
    const h = ops.addHypothesisFromRecommendation(ws, 'h', 'rec', draft, 1000);
    expect(h).toMatchObject({
      mapId: 'm',
      stageId: ws.cards.rec!.stageId,
      recommendationCardId: 'rec',
      treatment: 'Publish prices',
      control: 'Nothing new',
      status: 'idea',
      history: [{ status: 'idea', at: 1000 }],
      readings: [],
    });
    expect(ops.barriersAnswered(ws, 'rec')).toEqual(['barrier']);
    expect(() => ops.addHypothesisFromRecommendation(ws, 'x', 'missing', draft)).toThrow(/does not exist/);
  });

  it('dates every status change and ignores a change to the same status', () => {
    const ws = emptyWorkspace();
    ops.addHypothesis(ws, 'h', draft, 1);
    ops.setHypothesisStatus(ws, 'h', 'planned', 2);
    ops.setHypothesisStatus(ws, 'h', 'planned', 3);
    ops.setHypothesisStatus(ws, 'h', 'running', 4);
    expect(ws.hypotheses.h!.history).toEqual([
      { status: 'idea', at: 1 },
      { status: 'planned', at: 2 },
      { status: 'running', at: 4 },
    ]);
    expect(ws.hypotheses.h!.status).toBe('running');
  });

  it('keeps readings in date order and deletes one by id', () => {
    const ws = emptyWorkspace();
    ops.addHypothesis(ws, 'h', draft);
    ops.addReading(ws, 'h', 'r2', { arm: 'control', date: '2026-03-01', users: 10, conversions: 1 });
    ops.addReading(ws, 'h', 'r1', { arm: 'treatment', date: '2026-02-01', users: 10, conversions: 2 });
    expect(ws.hypotheses.h!.readings.map((r) => r.id)).toEqual(['r1', 'r2']);
    ops.deleteReading(ws, 'h', 'r1');
    expect(ws.hypotheses.h!.readings.map((r) => r.id)).toEqual(['r2']);
    ops.deleteHypothesis(ws, 'h');
    expect(ws.hypotheses).toEqual({});
  });

  it('reads the default plan for hypotheses saved before plans existed, and writes a full one', () => {
    const ws = emptyWorkspace();
    ops.addHypothesis(ws, 'h', draft);
    delete ws.hypotheses.h!.plan;
    expect(ops.hypothesisPlan(ws.hypotheses.h!)).toEqual(ops.DEFAULT_PLAN);
    ops.updateHypothesisPlan(ws, 'h', { baselineRate: 0.1 });
    expect(ws.hypotheses.h!.plan).toEqual({ ...ops.DEFAULT_PLAN, baselineRate: 0.1 });
  });
});

describe('analysis', () => {
  it('sums the readings of each group', () => {
    const readings = [reading('control', 70, 8), reading('treatment', 74, 15), reading('control', 70, 10, '2026-03-01')];
    expect(armTotals(readings, 'control')).toEqual({ users: 140, conversions: 18 });
    expect(armTotals(readings, 'treatment')).toEqual({ users: 74, conversions: 15 });
  });

  // Reference: the Wilson score formula evaluated in mpmath at 50 digits (z = sqrt(2) erfinv(0.95)).
  it('gives Wilson intervals that stay inside [0, 1]', () => {
    const close = (a: [number, number], b: [number, number]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 12));
    close(wilsonInterval({ users: 140, conversions: 18 }), [0.08289789018597554, 0.1940838586598741]);
    close(wilsonInterval({ users: 150, conversions: 34 }), [0.1669817942684841, 0.3000019393193978]);
    close(wilsonInterval({ users: 10, conversions: 0 }), [0, 0.2775327998628892]);
    close(wilsonInterval({ users: 10, conversions: 10 }), [0.7224672001371107, 1]);
  });

  it('is null until both groups have customers', () => {
    expect(analyseHypothesis({ readings: [] })).toBeNull();
    expect(analyseHypothesis({ readings: [reading('control', 10, 1)] })).toBeNull();
  });

  it('calls a clear difference significant', () => {
    const a = analyseHypothesis({ readings: [reading('control', 400, 40), reading('treatment', 400, 64)] })!;
    expect(a.fisherRecommended).toBe(false);
    expect(a.decisivePValue).toBe(a.comparison.pValue);
    expect(a.verdict).toEqual({ kind: 'significant', direction: 'better', alpha: 0.05, moreNeeded: null, moreBasis: null, toTarget: null });
    expect(a.chanceToBeat).toBeGreaterThan(0.99);
  });

  it('lets Fisher decide with few deals, and says how many more customers the seen effect needs', () => {
    // z-test alone: p = 0.051; Fisher: p = 0.141. 20 per group detect +40 pp from 10%.
    const a = analyseHypothesis({ readings: [reading('control', 10, 1), reading('treatment', 10, 5)] })!;
    expect(a.fisherRecommended).toBe(true);
    expect(a.decisivePValue).toBeCloseTo(0.1408668730650155, 12);
    expect(a.verdict).toMatchObject({ kind: 'notSignificant', direction: 'better', moreNeeded: 10 });
  });

  it('falls back to the planned effect when none is seen, and to nothing when it cannot tell', () => {
    const same = [reading('control', 100, 10), reading('treatment', 100, 10)];
    const planned = analyseHypothesis({ readings: same, plan: { ...ops.DEFAULT_PLAN, minDetectableEffect: 0.05 } })!;
    expect(planned.verdict).toMatchObject({ kind: 'notSignificant', direction: 'same', moreNeeded: 686 - 100 });
    expect(analyseHypothesis({ readings: same })!.verdict).toMatchObject({ moreNeeded: null });
    const zero = analyseHypothesis({ readings: [reading('control', 100, 0), reading('treatment', 100, 0)] })!;
    expect(zero.comparison.pValue).toBe(1);
    expect(zero.verdict).toMatchObject({ kind: 'notSignificant', moreNeeded: null });
  });

  it('uses the plan’s significance level', () => {
    const readings = [reading('control', 1000, 100), reading('treatment', 1000, 125)];
    expect(analyseHypothesis({ readings })!.verdict.kind).toBe('notSignificant'); // p = 0.0745
    expect(analyseHypothesis({ readings, plan: { ...ops.DEFAULT_PLAN, alpha: 0.1 } })!.verdict.kind).toBe('significant');
  });
});

describe('sample-size planner', () => {
  const dates = { targetSample: null, plannedStart: '2026-01-01', plannedEnd: '2026-06-01' };
  it('needs a baseline and an effect', () => {
    expect(planSample(ops.DEFAULT_PLAN, dates)).toEqual({ kind: 'incomplete' });
  });
  it('sizes the test and its length, and warns when the plan falls short', () => {
    const plan = { ...ops.DEFAULT_PLAN, baselineRate: 0.1, minDetectableEffect: 0.05, customersPerWeek: 100 };
    expect(planSample(plan, dates)).toMatchObject({ kind: 'ok', perArm: 686, total: 1372, weeks: 14, warnings: [] });
    const short = planSample(plan, { targetSample: 500, plannedStart: '2026-01-01', plannedEnd: '2026-02-01' });
    expect(short).toMatchObject({ warnings: ['targetTooSmall', 'datesTooShort'] });
  });
  it('compares the dates with the weeks the sample takes, not that figure rounded up', () => {
    // 1372 customers at 600 a week take 2.29 weeks (shown as "about 3").
    const plan = { ...ops.DEFAULT_PLAN, baselineRate: 0.1, minDetectableEffect: 0.05, customersPerWeek: 600 };
    const planned = (plannedEnd: string) => planSample(plan, { targetSample: null, plannedStart: '2026-01-01', plannedEnd });
    expect(planned('2026-01-19')).toMatchObject({ weeks: 3, warnings: [] }); // 18 days: 2.57 weeks, enough
    expect(planned('2026-01-16')).toMatchObject({ warnings: ['datesTooShort'] }); // 15 days: 2.14 weeks
  });
  it('reports impossible effects instead of throwing', () => {
    const plan = { ...ops.DEFAULT_PLAN, baselineRate: 0.9, minDetectableEffect: 0.2 };
    expect(planSample(plan, dates)).toMatchObject({ kind: 'invalid', message: expect.stringMatching(/between 0 and 1/) });
  });
  it('counts weeks between dates, and none for missing or reversed ones', () => {
    expect(weeksBetween('2026-01-01', '2026-01-15')).toBe(2);
    expect(weeksBetween('', '2026-01-15')).toBeNull();
    expect(weeksBetween('2026-02-01', '2026-01-15')).toBeNull();
  });
});

describe('reading input', () => {
  it('accepts whole numbers and refuses the rest with a reason per field', () => {
    expect(checkReading({ date: '2026-01-02', users: '1 200', conversions: '30' }, 'en')).toEqual({ ok: true, date: '2026-01-02', users: 1200, conversions: 30 });
    expect(checkReading({ date: '', users: '0', conversions: '-1' }, 'en')).toEqual({
      ok: false,
      errors: { date: 'hyp.reading.dateRequired', users: 'hyp.reading.usersInvalid', conversions: 'hyp.reading.conversionsInvalid' },
    });
    expect(checkReading({ date: '2026-01-02', users: '10.5', conversions: 'NaN' }, 'en')).toMatchObject({
      errors: { users: 'hyp.reading.usersInvalid', conversions: 'hyp.reading.conversionsInvalid' },
    });
    expect(checkReading({ date: '2026-01-02', users: '10', conversions: '11' }, 'en')).toMatchObject({
      errors: { conversions: 'hyp.reading.conversionsTooMany' },
    });
  });
  it('reads counts the way the UI language writes them', () => {
    // "10,000" once became 10 customers: 9 conversions then read as 90% instead of 0.09%.
    expect(checkReading({ date: '2026-01-02', users: '10,000', conversions: '9' }, 'en')).toEqual({ ok: true, date: '2026-01-02', users: 10000, conversions: 9 });
    expect(checkReading({ date: '2026-01-02', users: '10 000', conversions: '9' }, 'ru')).toEqual({ ok: true, date: '2026-01-02', users: 10000, conversions: 9 });
    expect(checkReading({ date: '2026-01-02', users: '1,5', conversions: '1' }, 'en')).toEqual({
      ok: false,
      errors: { users: { key: 'number.ambiguousTwo', params: { text: '1,5', first: '1.5', second: '15' } } },
    });
    // In Russian the comma is the decimal mark: 10,000 is ten, and 10,5 is not a whole count.
    expect(checkReading({ date: '2026-01-02', users: '10,000', conversions: '9' }, 'ru')).toEqual({ ok: true, date: '2026-01-02', users: 10, conversions: 9 });
    expect(checkReading({ date: '2026-01-02', users: '10,5', conversions: '9' }, 'ru')).toMatchObject({ errors: { users: 'hyp.reading.usersInvalid' } });
  });
});

describe('hypotheses table', () => {
  function workspace(): Workspace {
    const ws = mapWithRecommendation();
    ops.addHypothesisFromRecommendation(ws, 'a', 'rec', { ...draft, title: 'Alpha' }, 1);
    ops.addHypothesis(ws, 'b', { ...draft, title: 'Beta' }, 2);
    ops.updateHypothesis(ws, 'b', { owner: 'Igor' }, 3);
    const h = ws.hypotheses.a as Hypothesis;
    h.readings = [reading('control', 100, 10), reading('treatment', 100, 20)];
    return ws;
  }
  it('describes each hypothesis with its map and stage', () => {
    const rows = hypothesisRows(workspace());
    expect(rows.find((r) => r.id === 'a')).toMatchObject({ mapTitle: 'Map', stageName: 'Two', recommendation: 'Publish prices' });
    expect(rows.find((r) => r.id === 'b')).toMatchObject({ mapId: null, mapTitle: '', analysis: null });
  });
  it('filters by any combination', () => {
    const rows = hypothesisRows(workspace());
    expect(filterRows(rows, { ...NO_FILTER, mapId: 'm' }).map((r) => r.id)).toEqual(['a']);
    expect(filterRows(rows, { ...NO_FILTER, owner: 'Igor' }).map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, { ...NO_FILTER, status: 'adopted' })).toEqual([]);
  });
  it('sorts either way, rows without a value last', () => {
    const rows = hypothesisRows(workspace());
    expect(sortRows(rows, 'title', 'desc').map((r) => r.id)).toEqual(['b', 'a']);
    expect(sortRows(rows, 'uplift', 'asc').map((r) => r.id)).toEqual(['a', 'b']);
    expect(sortRows(rows, 'uplift', 'desc').map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('interval of the difference', () => {
  // Reference: R. G. Newcombe, "Interval estimation for the difference between independent
  // proportions", Statistics in Medicine 17 (1998) 873-890, Table II, method 10 (published to
  // 4 places; re-derived at 50 digits with mpmath). Newcombe's examples are p1 - p2, so the
  // first group here is the treatment.
  const cases: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
  ];
  it.each(cases)('%i/%i vs %i/%i', (x1, n1, x2, n2, lo, hi) => {
    const [l, u] = newcombeInterval({ users: n2, conversions: x2 }, { users: n1, conversions: x1 });
    expect(Math.abs(l - lo)).toBeLessThan(6e-5);
    expect(Math.abs(u - hi)).toBeLessThan(6e-5);
  });
  it('never collapses at 0% or 100%', () => {
    const [l, u] = newcombeInterval({ users: 50, conversions: 0 }, { users: 50, conversions: 0 });
    expect(l).toBeLessThan(-0.05);
    expect(u).toBeGreaterThan(0.05);
  });
});
