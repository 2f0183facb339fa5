// How a map is cut into printed pages: which stages share a page, and the one scale all pages
// are printed at, so that a card reads the same size on every sheet. Pure: the caller lays
// pages out and measures them (src/features/export/print.ts).
import { pageStages } from './exportImage';
import type { Stage } from './types';

export interface PageSize {
  width: number;
  height: number;
}

/** The laid-out size of a page of `stages`; the first page also carries the title block. */
export type MeasurePage = (stages: Stage[], first: boolean) => PageSize;

export interface PrintPlan {
  pages: Stage[][];
  /** The zoom of every page, at most 1. */
  scale: number;
}

/** The largest zoom, at most 1, at which a page of `size` fits the sheet. */
function scaleToFit(size: PageSize, sheet: PageSize): number {
  return Math.min(1, sheet.width / Math.max(1, size.width), sheet.height / Math.max(1, size.height));
}

/**
 * Stages cut into `count` consecutive pages of about equal width, each of at least two stages
 * when there are enough: a page of one stage among fuller pages wastes a sheet.
 */
export function splitEvenly(stages: Stage[], count: number): Stage[][] {
  const n = stages.length;
  const least = n >= 2 * count ? 2 : 1;
  const before = [0];
  for (const stage of stages) before.push(before.at(-1)! + stage.width);
  const total = before[n]!;
  const pages: Stage[][] = [];
  let start = 0;
  for (let k = 1; k < count; k++) {
    const target = (total * k) / count;
    // The cut nearest the target that leaves enough stages for the pages still to come.
    let end = start + least;
    const last = n - least * (count - k);
    while (end < last && Math.abs(before[end + 1]! - target) < Math.abs(before[end]! - target)) end++;
    pages.push(stages.slice(start, end));
    start = end;
  }
  pages.push(stages.slice(start));
  return pages;
}

/**
 * One scale for the whole print, and the stages of each page:
 * 1. the stages are split into pages of about equal width (as many pages as `contentWidth`
 *    of columns per page needs), at least two stages a page;
 * 2. the scale is the one at which the tallest (or widest) of those pages fits a sheet;
 * 3. at that scale the pages are filled as full as they fit; that layout is kept when it
 *    needs fewer sheets and leaves no stage alone on a page but the last.
 */
export function printPlan(
  stages: Stage[],
  measure: MeasurePage,
  sheet: PageSize,
  laneHeaderWidth: number,
  contentWidth: number,
): PrintPlan {
  if (stages.length === 0) return { pages: [[]], scale: scaleToFit(measure([], true), sheet) };
  // Laying a page out is the expensive part: each run of stages is measured once.
  const sizes = new Map<string, PageSize>();
  const sizeOf = (start: number, end: number): PageSize => {
    const key = `${start}:${end}`;
    let size = sizes.get(key);
    if (!size) sizes.set(key, (size = measure(stages.slice(start, end), start === 0)));
    return size;
  };
  const widthCount = pageStages(stages, laneHeaderWidth, contentWidth).length;
  const base = splitEvenly(stages, Math.min(widthCount, Math.max(1, Math.floor(stages.length / 2))));
  let scale = 1;
  let at = 0;
  for (const page of base) {
    scale = Math.min(scale, scaleToFit(sizeOf(at, at + page.length), sheet));
    at += page.length;
  }
  // A hair of tolerance: the scale was computed from these very sizes.
  const fits = (start: number, end: number) => {
    const size = sizeOf(start, end);
    return size.width * scale <= sheet.width * (1 + 1e-9) && size.height * scale <= sheet.height * (1 + 1e-9);
  };
  const packed = packAt(stages.length, fits);
  const pages = packed && packed.length < base.length ? packed.map(([start, end]) => stages.slice(start, end)) : base;
  return { pages, scale };
}

/**
 * Pages as full as `fits` allows, as [start, end) ranges, or null when some page other than
 * the last would hold a single stage. A page only grows wider and taller with more stages, so
 * each page's end is found by halving.
 */
function packAt(n: number, fits: (start: number, end: number) => boolean): [number, number][] | null {
  const pages: [number, number][] = [];
  for (let start = 0; start < n; ) {
    let end = start;
    let lo = start + 1;
    let hi = n;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(start, mid)) {
        end = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (end === start) return null;
    pages.push([start, end]);
    start = end;
  }
  // A last page of one stage takes one from the page before, when both still fit.
  const last = pages.at(-1)!;
  const previous = pages.at(-2);
  if (previous && last[1] - last[0] === 1 && previous[1] - previous[0] > 2 && fits(last[0] - 1, last[1])) {
    previous[1]--;
    last[0]--;
  }
  return pages.slice(0, -1).some(([start, end]) => end - start < 2) ? null : pages;
}
