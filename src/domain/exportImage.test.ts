import { exportFileName } from './fileName';
import { describe, expect, it } from 'vitest';
import { makeCard, makeLane, makeStage } from './defaults';
import { emotionY } from './curve';
import {
  CANVAS_MAX_AREA,
  CANVAS_MAX_SIDE,
  emotionPoints,
  fitScale,
  legendFor,
  linkArrow,
  pageStages,
  parseUnicodeRange,
  scopeGrid,
  textNeedsRange,
} from './exportImage';

describe('fitScale', () => {
  it('keeps the requested scale when the picture fits', () => {
    expect(fitScale(3192, 2024, 2)).toEqual({ scale: 2, reduced: false, pixelWidth: 6384, pixelHeight: 4048 });
    expect(fitScale(100.4, 50.2, 3)).toEqual({ scale: 3, reduced: false, pixelWidth: 303, pixelHeight: 153 });
  });

  it('lowers the scale when a side would pass 16,384 px', () => {
    const fitted = fitScale(7000, 1000, 3);
    expect(fitted.reduced).toBe(true);
    expect(fitted.scale).toBe(2.34);
    expect(fitted.pixelWidth).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(fitted.pixelWidth).toBe(Math.floor(7000 * 2.34)); // what a canvas of that width holds
  });

  it('lowers the scale when the area would pass Chromium’s limit though each side fits', () => {
    const fitted = fitScale(6000, 6000, 3);
    expect(fitted.reduced).toBe(true);
    expect(fitted.pixelWidth * fitted.pixelHeight).toBeLessThanOrEqual(CANVAS_MAX_AREA);
    expect(fitted.pixelWidth).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    expect(fitted.scale).toBe(2.73);
  });

  it('exactly at the limit is not reduced', () => {
    expect(fitScale(8192, 8192, 2)).toMatchObject({ scale: 2, reduced: false, pixelWidth: 16384 });
  });

  it('a picture too big even at 1x is scaled below 1', () => {
    const fitted = fitScale(40000, 500, 1);
    expect(fitted.reduced).toBe(true);
    expect(fitted.scale).toBeLessThan(1);
    expect(fitted.pixelWidth).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
  });
});

describe('exportFileName', () => {
  const date = new Date(2026, 10, 5, 12, 0);
  it('is the title and the date', () => {
    expect(exportFileName('Buying a family crossover', date, 'png')).toBe('Buying a family crossover 2026-11-05.png');
  });
  it('drops characters file systems refuse, control characters and leading dots', () => {
    expect(exportFileName('  ../a/b:c*d?"e"<f>|g\\h\u0007  ', date, 'jpg')).toBe('a b c d e f g h 2026-11-05.jpg');
  });
  it('keeps Cyrillic and falls back to a default name', () => {
    expect(exportFileName('Покупка кроссовера', date, 'svg')).toBe('Покупка кроссовера 2026-11-05.svg');
    expect(exportFileName(' /// ', date, 'png')).toBe('journey-map 2026-11-05.png');
  });
  it('names the part exported and stays short', () => {
    expect(exportFileName('Map', date, 'png', 'Test drive')).toBe('Map - Test drive 2026-11-05.png');
    expect(exportFileName('x'.repeat(300), date, 'png').length).toBeLessThan(100);
  });
});

const stages = [makeStage('m', 's1', 'One', 0), makeStage('m', 's2', 'Two', 1), { ...makeStage('m', 's3', 'Three', 2), width: 400 }];
const touch = makeLane('m', 'lt', 'touchpoints', 0);
const emo = { ...makeLane('m', 'le', 'emotions', 1), scores: { s1: 2, s3: -1 } };
const bar = makeLane('m', 'lb', 'barriers', 2);
const hidden = { ...makeLane('m', 'lh', 'text', 3), hidden: true };
const lanes = [touch, emo, bar, hidden];
const cards = [
  makeCard({ id: 'c1', mapId: 'm', stageId: 's2', laneId: 'lt', text: 'a', order: 0, channel: 'email' }),
  makeCard({ id: 'c2', mapId: 'm', stageId: 's1', laneId: 'lt', text: 'b', order: 0, channel: 'website' }),
  makeCard({ id: 'c3', mapId: 'm', stageId: 's1', laneId: 'lt', text: 'c', order: 1, channel: 'email' }),
  makeCard({ id: 'c4', mapId: 'm', stageId: 's3', laneId: 'lb', text: 'd', order: 0, severity: 'high' }),
  makeCard({ id: 'c5', mapId: 'm', stageId: 's2', laneId: 'lb', text: 'e', order: 0, severity: 'low' }),
  makeCard({ id: 'c6', mapId: 'm', stageId: 's2', laneId: 'lh', text: 'hidden', order: 0 }),
];

describe('scopeGrid', () => {
  it('the whole map leaves out hidden lanes', () => {
    const grid = scopeGrid(stages, lanes, cards, { kind: 'map' });
    expect(grid.stages).toHaveLength(3);
    expect(grid.lanes.map((l) => l.id)).toEqual(['lt', 'le', 'lb']);
  });
  it('one stage keeps every visible lane and only its cards', () => {
    const grid = scopeGrid(stages, lanes, cards, { kind: 'stage', stageId: 's2' });
    expect(grid.stages.map((s) => s.id)).toEqual(['s2']);
    expect(grid.lanes).toHaveLength(3);
    expect(grid.cards.map((c) => c.id).sort()).toEqual(['c1', 'c5', 'c6']);
  });
  it('a selection keeps the stages and lanes that hold selected cards', () => {
    const grid = scopeGrid(stages, lanes, cards, { kind: 'selection', cardIds: ['c2', 'c4'] });
    expect(grid.stages.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(grid.lanes.map((l) => l.id)).toEqual(['lt', 'lb']);
    expect(grid.cards.map((c) => c.id)).toEqual(['c2', 'c4']);
  });
});

describe('legendFor', () => {
  const allAnswered = new Set(['c4', 'c5']);
  it('lists the channels in map order and the severities shown', () => {
    const legend = legendFor(scopeGrid(stages, lanes, cards, { kind: 'map' }), 2, allAnswered);
    expect(legend.channels).toEqual(['website', 'email']);
    expect(legend.severities).toEqual(['low', 'high']);
    expect(legend.hasLinks).toBe(true);
    expect(legend.hasEmotions).toBe(true);
  });
  it('only what the scope shows', () => {
    const legend = legendFor(scopeGrid(stages, lanes, cards, { kind: 'stage', stageId: 's2' }), 0, allAnswered);
    expect(legend).toEqual({ channels: ['email'], severities: ['low'], hasLinks: false, hasEmotions: false, hasUnanswered: false });
  });
  it('explains the "!" flag only when a barrier shown carries it', () => {
    // c4 (stage s3) is answered by no recommendation; c5 (stage s2) is.
    const answered = new Set(['c5']);
    expect(legendFor(scopeGrid(stages, lanes, cards, { kind: 'map' }), 0, answered).hasUnanswered).toBe(true);
    expect(legendFor(scopeGrid(stages, lanes, cards, { kind: 'stage', stageId: 's3' }), 0, answered).hasUnanswered).toBe(true);
    expect(legendFor(scopeGrid(stages, lanes, cards, { kind: 'stage', stageId: 's2' }), 0, answered).hasUnanswered).toBe(false);
    expect(legendFor(scopeGrid(stages, lanes, cards, { kind: 'selection', cardIds: ['c1', 'c5'] }), 0, answered).hasUnanswered).toBe(false);
    expect(legendFor(scopeGrid(stages, lanes, cards, { kind: 'map' }), 0, allAnswered).hasUnanswered).toBe(false);
  });
  it('a flagged barrier without a severity still gets the "!" explained', () => {
    const plain = makeCard({ id: 'c7', mapId: 'm', stageId: 's1', laneId: 'lb', text: 'f', order: 0 });
    const legend = legendFor(scopeGrid(stages, lanes, [plain], { kind: 'map' }), 0, new Set());
    expect(legend.severities).toEqual([]);
    expect(legend.hasUnanswered).toBe(true);
  });
});

describe('geometry', () => {
  it('emotion points sit at column middles, +2 on top', () => {
    const points = emotionPoints(stages, emo.scores, 1);
    expect(points.map((p) => p.x)).toEqual([130, 261 + 261 + 200]);
    expect(points[0]!.y).toBe(emotionY(2));
    expect(emotionY(2)).toBeLessThan(emotionY(-2));
  });
  it('a link arrow leaves the source top and points up into the target bottom', () => {
    const arrow = linkArrow({ left: 0, right: 100, top: 300, bottom: 340 }, { left: 200, right: 300, top: 100, bottom: 140 });
    expect(arrow.d.startsWith('M 50 300 C')).toBe(true);
    expect(arrow.head.split(' ')[0]).toBe('250,140');
  });
  it('print pages hold the stages that fit, a too-wide stage alone', () => {
    const pages = pageStages(stages, 200, 800);
    expect(pages.map((p) => p.map((s) => s.id))).toEqual([['s1', 's2'], ['s3']]);
    expect(pageStages([{ ...stages[0]!, width: 900 }, stages[1]!], 200, 800)).toHaveLength(2);
    expect(pageStages([], 200, 800)).toEqual([]);
  });
});

describe('unicode ranges', () => {
  it('parses ranges and single code points', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+2116')).toEqual([[0, 255], [0x131, 0x131], [0x2116, 0x2116]]);
  });
  it('tells which faces a text needs', () => {
    const cyrillic = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';
    expect(textNeedsRange('Buying a crossover', cyrillic)).toBe(false);
    expect(textNeedsRange('Покупка', cyrillic)).toBe(true);
    expect(textNeedsRange('Łódź', 'U+0100-02BA')).toBe(true);
    expect(textNeedsRange('', cyrillic)).toBe(false);
  });
});
