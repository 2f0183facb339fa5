import { describe, expect, it } from 'vitest';
import { DEFAULT_LANE_KINDS } from '../defaults';
import { mapLanes, mapStages } from '../selectors';
import { ENTITY_TABLES } from '../types';
import { buildDemoWorkspace, DEMO_ID_PREFIX, DEMO_MAP_ID } from './demoWorkspace';

const ru = buildDemoWorkspace('ru', Date.UTC(2026, 10, 1));
const en = buildDemoWorkspace('en', Date.UTC(2026, 10, 1));

describe.each([
  ['ru', ru],
  ['en', en],
] as const)('demo workspace (%s)', (lang, ws) => {
  const stages = mapStages(ws, DEMO_MAP_ID);
  const lanes = mapLanes(ws, DEMO_MAP_ID);

  it('has the 13 funnel stages in order and the default lanes', () => {
    expect(stages).toHaveLength(13);
    expect(stages.map((s) => s.order)).toEqual([...Array(13).keys()]);
    expect(lanes.map((l) => l.kind)).toEqual(DEFAULT_LANE_KINDS);
  });

  it('fills every card lane at every stage, except barriers where the journey has none', () => {
    for (const stage of stages) {
      for (const lane of lanes) {
        const cards = Object.values(ws.cards).filter((c) => c.stageId === stage.id && c.laneId === lane.id);
        if (lane.kind === 'emotions') expect(cards).toHaveLength(0);
        else if (lane.kind !== 'barriers') expect(cards.length, `${stage.name} / ${lane.kind}`).toBeGreaterThan(0);
      }
    }
    expect(Object.values(ws.cards).filter((c) => c.laneId === 'demo-lane-barriers').length).toBeGreaterThanOrEqual(6);
  });

  it('rates the emotion of every stage from -2 to +2', () => {
    const emotions = lanes.find((l) => l.kind === 'emotions')!;
    for (const stage of stages) expect(emotions.scores[stage.id]).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...Object.values(emotions.scores))).toBeLessThanOrEqual(2);
    expect(Object.keys(emotions.scores)).toHaveLength(13);
  });

  it('points only at records that exist', () => {
    for (const card of Object.values(ws.cards)) {
      expect(ws.stages[card.stageId]).toBeDefined();
      expect(ws.lanes[card.laneId]).toBeDefined();
      expect(card.mapId).toBe(DEMO_MAP_ID);
      const kind = ws.lanes[card.laneId]!.kind;
      if (kind === 'touchpoints') expect(card.channel).not.toBeNull();
      if (kind === 'barriers') expect(card.severity).not.toBeNull();
    }
    const links = Object.values(ws.links);
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      expect(ws.lanes[ws.cards[link.fromCardId]!.laneId]!.kind).toBe('recommendations');
      expect(ws.lanes[ws.cards[link.toCardId]!.laneId]!.kind).toBe('barriers');
    }
    for (const h of Object.values(ws.hypotheses)) {
      expect(ws.cards[h.recommendationCardId!]).toBeDefined();
      expect(ws.stages[h.stageId!]).toBeDefined();
    }
  });

  it('marks the showroom consultation as a goal conflict', () => {
    expect(stages[4]!.goalAlignment).toBe('conflict');
  });

  it('has two hypotheses, one adopted with control-group results', () => {
    const hypotheses = Object.values(ws.hypotheses);
    expect(hypotheses).toHaveLength(2);
    const adopted = hypotheses.find((h) => h.status === 'adopted')!;
    const sum = (arm: string, key: 'users' | 'conversions') =>
      adopted.readings.filter((r) => r.arm === arm).reduce((n, r) => n + r[key], 0);
    expect([sum('control', 'users'), sum('control', 'conversions')]).toEqual([140, 18]);
    expect([sum('treatment', 'users'), sum('treatment', 'conversions')]).toEqual([150, 34]);
    expect(adopted.history.map((c) => c.status)).toEqual(['idea', 'planned', 'running', 'analysing', 'adopted']);
  });

  it('speaks its language', () => {
    const texts = Object.values(ws.cards).map((c) => c.text);
    const cyrillic = /[а-яё]/i;
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(cyrillic.test(text), text).toBe(lang === 'ru');
    }
  });
});

it('uses the same demo- ids in both languages', () => {
  for (const table of ENTITY_TABLES) {
    expect(Object.keys(ru[table]).sort()).toEqual(Object.keys(en[table]).sort());
    for (const id of Object.keys(ru[table])) expect(id.startsWith(DEMO_ID_PREFIX)).toBe(true);
  }
});
