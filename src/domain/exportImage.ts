// Pure helpers of the image export: what part of the map goes into the picture, how big the
// picture may be, what the legend lists and what the file is called. No DOM, no React.
import { emotionY } from './curve';
import { byOrder } from './order';
import { SEVERITIES, type Card, type Channel, type Id, type Lane, type Severity, type Stage } from './types';

/** Chromium refuses a canvas wider or taller than this (and so do Firefox and Safari). */
export const CANVAS_MAX_SIDE = 16_384;
/** Chromium's largest canvas area, 16,384 x 16,384 pixels. */
export const CANVAS_MAX_AREA = 268_435_456;
export const EXPORT_SCALES = [1, 2, 3] as const;
export const EXPORT_FORMATS = ['png', 'jpeg', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FittedScale {
  /** The pixel ratio to render at: the requested one, or less when that would not fit. */
  scale: number;
  reduced: boolean;
  pixelWidth: number;
  pixelHeight: number;
}

/**
 * The largest pixel ratio up to `requested` at which a `width` x `height` CSS-pixel picture
 * fits the browser's canvas limits. Rounded down to hundredths so that the pixel size the user
 * is told is the one they get.
 */
export function fitScale(width: number, height: number, requested: number): FittedScale {
  const w = Math.max(1, Math.ceil(width));
  const h = Math.max(1, Math.ceil(height));
  const limit = Math.min(requested, CANVAS_MAX_SIDE / w, CANVAS_MAX_SIDE / h, Math.sqrt(CANVAS_MAX_AREA / (w * h)));
  let scale = limit >= requested ? requested : Math.floor(limit * 100) / 100;
  // Guard the rounding: the pixel box must stay inside the limits.
  while (scale > 0.01 && (Math.floor(w * scale) > CANVAS_MAX_SIDE || Math.floor(h * scale) > CANVAS_MAX_SIDE || Math.floor(w * scale) * Math.floor(h * scale) > CANVAS_MAX_AREA)) {
    scale = Math.round((scale - 0.01) * 100) / 100;
  }
  return { scale, reduced: scale < requested, pixelWidth: Math.floor(w * scale), pixelHeight: Math.floor(h * scale) };
}

/** What the picture shows: the whole map, one stage, or the selected cards. */
export type ExportScope = { kind: 'map' } | { kind: 'stage'; stageId: Id } | { kind: 'selection'; cardIds: Id[] };

export interface ScopedGrid {
  stages: Stage[];
  lanes: Lane[];
  cards: Card[];
}

/**
 * The stages, lanes and cards of a scope. A stage keeps every lane; a selection keeps only the
 * stages and lanes that hold a selected card (the emotion lane only when whole stages are shown).
 */
export function scopeGrid(stages: Stage[], lanes: Lane[], cards: Card[], scope: ExportScope): ScopedGrid {
  const visibleLanes = lanes.filter((l) => !l.hidden);
  if (scope.kind === 'map') return { stages, lanes: visibleLanes, cards };
  if (scope.kind === 'stage') {
    const kept = stages.filter((s) => s.id === scope.stageId);
    return { stages: kept, lanes: visibleLanes, cards: cards.filter((c) => c.stageId === scope.stageId) };
  }
  const chosen = new Set(scope.cardIds);
  const picked = cards.filter((c) => chosen.has(c.id));
  const stageIds = new Set(picked.map((c) => c.stageId));
  const laneIds = new Set(picked.map((c) => c.laneId));
  return {
    stages: stages.filter((s) => stageIds.has(s.id)),
    lanes: visibleLanes.filter((l) => laneIds.has(l.id)),
    cards: picked,
  };
}

export interface Legend {
  /** Channels of the touchpoint cards shown, in order of first appearance along the map. */
  channels: Channel[];
  severities: Severity[];
  hasLinks: boolean;
  hasEmotions: boolean;
  /** Some barrier shown carries the "!" flag: no recommendation answers it. */
  hasUnanswered: boolean;
}

/**
 * What the legend must explain: only what the picture actually shows. `answered` holds the
 * barriers some recommendation of the map answers (the others are drawn with "!").
 */
export function legendFor(grid: ScopedGrid, linkCount: number, answered: ReadonlySet<Id>): Legend {
  const stageOrder = new Map(grid.stages.map((s, i) => [s.id, i]));
  const laneOrder = new Map(grid.lanes.map((l, i) => [l.id, i]));
  const laneKind = new Map(grid.lanes.map((l) => [l.id, l.kind]));
  const shown = grid.cards
    .filter((c) => stageOrder.has(c.stageId) && laneOrder.has(c.laneId))
    .sort(
      (a, b) =>
        stageOrder.get(a.stageId)! - stageOrder.get(b.stageId)! ||
        laneOrder.get(a.laneId)! - laneOrder.get(b.laneId)! ||
        byOrder(a, b),
    );
  const channels: Channel[] = [];
  const severities = new Set<Severity>();
  let hasUnanswered = false;
  for (const card of shown) {
    const kind = laneKind.get(card.laneId);
    if (kind === 'touchpoints' && card.channel && !channels.includes(card.channel)) channels.push(card.channel);
    if (kind === 'barriers' && card.severity) severities.add(card.severity);
    if (kind === 'barriers' && !answered.has(card.id)) hasUnanswered = true;
  }
  const emotionLanes = grid.lanes.filter((l) => l.kind === 'emotions');
  return {
    channels,
    severities: SEVERITIES.filter((s) => severities.has(s)),
    hasLinks: linkCount > 0,
    hasEmotions: emotionLanes.some((l) => grid.stages.some((s) => l.scores[s.id] !== undefined)),
    hasUnanswered,
  };
}

export interface EmotionPoint {
  stageId: Id;
  x: number;
  y: number;
  score: number;
}

/** One point per rated stage, at the middle of its column (columns separated by `gap`). */
export function emotionPoints(stages: Stage[], scores: Record<Id, number>, gap: number): EmotionPoint[] {
  const points: EmotionPoint[] = [];
  let left = 0;
  for (const stage of stages) {
    const score = scores[stage.id];
    if (score !== undefined) points.push({ stageId: stage.id, x: left + stage.width / 2, y: emotionY(score), score });
    left += stage.width + gap;
  }
  return points;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * A link arrow from a recommendation (below) up to the barrier it removes: leaves the top edge
 * of the source, enters the bottom edge of the target; `head` is the arrowhead triangle.
 */
export function linkArrow(from: Box, to: Box): { d: string; head: string } {
  const x1 = (from.left + from.right) / 2;
  const y1 = from.top;
  const x2 = (to.left + to.right) / 2;
  const y2 = to.bottom;
  const bend = Math.max(24, Math.abs(y1 - y2) / 2);
  const r = (n: number) => Math.round(n * 10) / 10;
  // The curve ends going straight up, so the head points up at the target's edge.
  const head = `${r(x2)},${r(y2)} ${r(x2 - 5)},${r(y2 + 9)} ${r(x2 + 5)},${r(y2 + 9)}`;
  return { d: `M ${r(x1)} ${r(y1)} C ${r(x1)} ${r(y1 - bend)}, ${r(x2)} ${r(y2 + bend + 9)}, ${r(x2)} ${r(y2 + 9)}`, head };
}

/**
 * Stages split into print pages: consecutive stages whose columns fit `pageWidth` next to the
 * lane headers; a stage wider than a page gets a page of its own.
 */
export function pageStages(stages: Stage[], laneHeaderWidth: number, pageWidth: number): Stage[][] {
  const pages: Stage[][] = [];
  let current: Stage[] = [];
  let width = laneHeaderWidth;
  for (const stage of stages) {
    if (current.length > 0 && width + stage.width > pageWidth) {
      pages.push(current);
      current = [];
      width = laneHeaderWidth;
    }
    current.push(stage);
    width += stage.width;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

/** Parses a CSS unicode-range ("U+0000-00FF,U+0131") into inclusive code point intervals. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [lo, hi = lo] = part.split('-');
      return [parseInt(lo!, 16), parseInt(hi!, 16)] as [number, number];
    });
}

/** Whether any character of `text` falls in the unicode-range: a face the text needs. */
export function textNeedsRange(text: string, range: string): boolean {
  const intervals = parseUnicodeRange(range);
  const seen = new Set<number>();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (seen.has(code)) continue;
    seen.add(code);
    if (intervals.some(([lo, hi]) => code >= lo && code <= hi)) return true;
  }
  return false;
}
