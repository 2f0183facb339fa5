import { describe, expect, it } from 'vitest';
import { makeStage } from './defaults';
import { printPlan, splitEvenly, type MeasurePage, type PageSize } from './printPages';
import type { Stage } from './types';

const SHEET: PageSize = { width: 1040, height: 700 };
const LANES = 200;

const stagesOf = (heights: number[], width = 260): Stage[] =>
  heights.map((_, i) => ({ ...makeStage('m', `s${i}`, `Stage ${i}`, i), width }));

/**
 * A page as the export lays it out: lane headers plus the columns across; rows as tall as the
 * tallest stage; the first page also holds a title block of `head` px. Counts its calls.
 */
function fakeMeasure(heights: number[], head = 400): MeasurePage & { calls: number } {
  const measure = Object.assign(
    (stages: Stage[], first: boolean): PageSize => {
      measure.calls++;
      const tallest = Math.max(0, ...stages.map((s) => heights[Number(s.id.slice(1))]!));
      return { width: LANES + stages.reduce((w, s) => w + s.width, 0), height: tallest + (first ? head : 0) };
    },
    { calls: 0 },
  );
  return measure;
}

const ids = (pages: Stage[][]) => pages.map((p) => p.map((s) => s.id));

function expectFits(pages: Stage[][], scale: number, measure: MeasurePage) {
  pages.forEach((page, i) => {
    const size = measure(page, i === 0);
    expect(size.width * scale, `page ${i + 1} width`).toBeLessThanOrEqual(SHEET.width + 1e-6);
    expect(size.height * scale, `page ${i + 1} height`).toBeLessThanOrEqual(SHEET.height + 1e-6);
  });
}

describe('splitEvenly', () => {
  it('cuts stages into pages of about equal width, at least two a page', () => {
    expect(splitEvenly(stagesOf(Array(13).fill(0)), 3).map((p) => p.length)).toEqual([4, 5, 4]);
    // On a tie the first page, which also holds the title block, takes fewer.
    expect(splitEvenly(stagesOf(Array(5).fill(0)), 2).map((p) => p.length)).toEqual([2, 3]);
    const wide = [...stagesOf([0, 0, 0, 0]).slice(0, 3), { ...makeStage('m', 's3', 'Wide', 3), width: 900 }];
    // Width alone would put the wide stage on a page of its own; two a page keeps it company.
    expect(ids(splitEvenly(wide, 2))).toEqual([['s0', 's1'], ['s2', 's3']]);
    expect(splitEvenly(stagesOf([0]), 1).map((p) => p.length)).toEqual([1]);
  });
});

describe('printPlan', () => {
  it('prints every page at one scale, chosen so the tallest page fits, with no lone stage', () => {
    // The demo's shape: 13 stages of 260 px, the first page also holding persona and legend.
    const heights = [800, 900, 1200, 700, 1000, 800, 600, 900, 700, 800, 900, 600, 840];
    const stages = stagesOf(heights);
    const measure = fakeMeasure(heights);
    const plan = printPlan(stages, measure, SHEET, LANES, 1900);
    expect(plan.pages.flat()).toEqual(stages);
    for (const page of plan.pages.slice(0, -1)) expect(page.length).toBeGreaterThan(1);
    expect(plan.pages.at(-1)!.length).toBeGreaterThan(1);
    expectFits(plan.pages, plan.scale, measure);
    // The first page (title block + its tallest stage, 1200 px) sets the scale.
    expect(plan.scale).toBeCloseTo(700 / 1600, 6);
  });

  it('fills the pages the scale allows when that saves sheets', () => {
    // A tall first page forces a small scale: the rest of the map fits one more sheet.
    const heights = Array(13).fill(600);
    const measure = fakeMeasure(heights, 1200);
    const plan = printPlan(stagesOf(heights), measure, SHEET, LANES, 1900);
    expect(plan.scale).toBeCloseTo(700 / 1800, 6);
    expect(plan.pages.map((p) => p.length)).toEqual([9, 4]);
    expectFits(plan.pages, plan.scale, measure);
  });

  it('a last page of one stage takes one from the page before', () => {
    // At this scale a sheet holds 12 stages across: filled, the 13th would be alone.
    const heights = Array(13).fill(600);
    const measure = fakeMeasure(heights, 1700);
    const plan = printPlan(stagesOf(heights), measure, SHEET, LANES, 1900);
    expect(plan.pages.map((p) => p.length)).toEqual([11, 2]);
    expectFits(plan.pages, plan.scale, measure);
  });

  it('measures each run of stages once and few in all', () => {
    const heights = Array(40).fill(700);
    const measure = fakeMeasure(heights);
    printPlan(stagesOf(heights), measure, SHEET, LANES, 1900);
    expect(measure.calls).toBeLessThan(60);
  });

  it('a small map prints at full size on one page; an empty one still has a page', () => {
    const heights = [300, 200];
    const plan = printPlan(stagesOf(heights), fakeMeasure(heights, 100), SHEET, LANES, 1900);
    expect(plan).toEqual({ pages: [stagesOf(heights)], scale: 1 });
    expect(printPlan([], () => ({ width: 300, height: 200 }), SHEET, LANES, 1900)).toEqual({ pages: [[]], scale: 1 });
  });
});
