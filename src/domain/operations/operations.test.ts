import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { mapLanes, mapStages, cellCards } from '../selectors';
import { emptyWorkspace, type Workspace } from '../types';
import { DEFAULT_LANE_KINDS } from '../defaults';
import * as ops from './index';

function edit(ws: Workspace, recipe: (draft: Workspace) => void): Workspace {
  return produce(ws, recipe);
}

function withMap(): Workspace {
  return edit(emptyWorkspace(), (ws) => {
    ops.createMap(ws, { id: 'm', title: 'Map', stageNames: ['A', 'B', 'C'], now: 1 });
  });
}

const laneOf = (ws: Workspace, kind: string) => mapLanes(ws, 'm').find((l) => l.kind === kind)!;
const stageAt = (ws: Workspace, i: number) => mapStages(ws, 'm')[i]!;

/** Ids of the records an edit wrote: immer keeps the untouched ones as they were. */
function written(before: Workspace, after: Workspace, table: 'stages' | 'lanes' | 'cards'): string[] {
  const was = before[table] as Record<string, unknown>;
  return Object.entries(after[table]).filter(([id, record]) => was[id] !== record).map(([id]) => id).sort();
}

describe('maps', () => {
  it('creates a map with the default lanes of the method and the given stages', () => {
    const ws = withMap();
    expect(mapLanes(ws, 'm').map((l) => l.kind)).toEqual(DEFAULT_LANE_KINDS);
    expect(mapStages(ws, 'm').map((s) => s.name)).toEqual(['A', 'B', 'C']);
  });

  it('renames and deletes a map with everything on it, keeping its hypotheses detached', () => {
    let ws = withMap();
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'c1', stageId: stageAt(d, 0).id, laneId: laneOf(d, 'barriers').id, text: 'x' });
      ops.renameMap(d, 'm', 'Renamed', 5);
      d.hypotheses.h = {
        id: 'h', mapId: 'm', stageId: stageAt(d, 0).id, recommendationCardId: 'c1', title: 't', statement: '',
        metric: '', treatment: '', control: '', plannedStart: '', plannedEnd: '', targetSample: null, owner: '',
        status: 'idea', history: [], readings: [], conclusion: '', createdAt: 0, updatedAt: 0,
      };
    });
    expect(ws.maps.m!.title).toBe('Renamed');
    ws = edit(ws, (d) => ops.deleteMap(d, 'm'));
    expect(ws.maps).toEqual({});
    expect(Object.keys(ws.stages).length + Object.keys(ws.lanes).length + Object.keys(ws.cards).length).toBe(0);
    expect(ws.hypotheses.h).toMatchObject({ mapId: null, stageId: null, recommendationCardId: null });
  });

  it('duplicates a map with new ids and links that follow their cards', () => {
    let ws = withMap();
    ws = edit(ws, (d) => {
      const s = stageAt(d, 1).id;
      ops.addCard(d, { id: 'b', stageId: s, laneId: laneOf(d, 'barriers').id, text: 'barrier' });
      ops.addCard(d, { id: 'r', stageId: s, laneId: laneOf(d, 'recommendations').id, text: 'rec' });
      ops.addLink(d, 'l', 'r', 'b');
      ops.setEmotion(d, laneOf(d, 'emotions').id, s, 2);
    });
    ws = edit(ws, (d) => {
      ops.duplicateMap(d, 'm', 'm2', 'Copy');
    });
    expect(mapStages(ws, 'm2').map((s) => s.name)).toEqual(['A', 'B', 'C']);
    const copies = Object.values(ws.cards).filter((c) => c.mapId === 'm2');
    expect(copies.map((c) => c.text).sort()).toEqual(['barrier', 'rec']);
    expect(copies.every((c) => c.id !== 'b' && c.id !== 'r')).toBe(true);
    const link = Object.values(ws.links).find((l) => l.mapId === 'm2')!;
    expect(ws.cards[link.fromCardId]!.text).toBe('rec');
    expect(ws.cards[link.toCardId]!.text).toBe('barrier');
    const emotions = mapLanes(ws, 'm2').find((l) => l.kind === 'emotions')!;
    expect(Object.values(emotions.scores)).toEqual([2]);
    expect(Object.keys(emotions.scores)[0]).toBe(mapStages(ws, 'm2')[1]!.id);
  });
});

describe('stages and lanes', () => {
  it('inserts and moves a stage writing only that stage, and deletes without renumbering', () => {
    let ws = withMap();
    let before = ws;
    ws = edit(ws, (d) => {
      ops.addStage(d, 'm', 'x', 'X', 1);
    });
    expect(mapStages(ws, 'm').map((s) => [s.name, s.order])).toEqual([['A', 0], ['X', 0.5], ['B', 1], ['C', 2]]);
    expect(written(before, ws, 'stages')).toEqual(['x']);
    before = ws;
    ws = edit(ws, (d) => ops.moveStage(d, 'x', 3));
    expect(mapStages(ws, 'm').map((s) => [s.name, s.order])).toEqual([['A', 0], ['B', 1], ['C', 2], ['X', 3]]);
    expect(written(before, ws, 'stages')).toEqual(['x']);
    ws = edit(ws, (d) => ops.moveStage(d, 'x', 0));
    expect(mapStages(ws, 'm').map((s) => [s.name, s.order])).toEqual([['X', -1], ['A', 0], ['B', 1], ['C', 2]]);
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'c', stageId: 'x', laneId: laneOf(d, 'actions').id, text: 'gone' });
      ops.setEmotion(d, laneOf(d, 'emotions').id, 'x', -1);
    });
    ws = edit(ws, (d) => ops.deleteStage(d, 'x'));
    expect(mapStages(ws, 'm').map((s) => [s.name, s.order])).toEqual([['A', 0], ['B', 1], ['C', 2]]);
    ws = edit(ws, (d) => ops.deleteStage(d, stageAt(d, 1).id));
    // A gap is left: the remaining stages are not rewritten.
    expect(mapStages(ws, 'm').map((s) => [s.name, s.order])).toEqual([['A', 0], ['C', 2]]);
    expect(ws.cards.c).toBeUndefined();
    expect(laneOf(ws, 'emotions').scores).toEqual({});
  });

  it('renames, clamps widths and marks goal conflicts', () => {
    let ws = withMap();
    const id = stageAt(ws, 0).id;
    ws = edit(ws, (d) => {
      ops.renameStage(d, id, 'Choosing');
      ops.setStageWidth(d, id, 10_000);
      ops.setGoalAlignment(d, id, 'conflict');
    });
    expect(ws.stages[id]).toMatchObject({ name: 'Choosing', width: 640, goalAlignment: 'conflict' });
  });

  it('adds, renames, hides, moves and deletes lanes', () => {
    let ws = withMap();
    ws = edit(ws, (d) => {
      ops.addLane(d, 'm', 'notes', 'text', 'Notes', 0);
      ops.renameLane(d, 'notes', 'Ideas');
      ops.setLaneHidden(d, 'notes', true);
      ops.addCard(d, { id: 'c', stageId: stageAt(d, 0).id, laneId: 'notes', text: 'idea' });
    });
    expect(mapLanes(ws, 'm')[0]).toMatchObject({ id: 'notes', name: 'Ideas', hidden: true });
    expect(mapLanes(ws, 'm')[0]!.order).toBe(-1);
    let before = ws;
    ws = edit(ws, (d) => ops.moveLane(d, 'notes', 99));
    expect(mapLanes(ws, 'm').at(-1)).toMatchObject({ id: 'notes', order: DEFAULT_LANE_KINDS.length });
    expect(written(before, ws, 'lanes')).toEqual(['notes']);
    before = ws;
    ws = edit(ws, (d) => ops.deleteLane(d, 'notes'));
    expect(ws.lanes.notes).toBeUndefined();
    expect(ws.cards.c).toBeUndefined();
    expect(written(before, ws, 'lanes')).toEqual([]);
    expect(mapLanes(ws, 'm').map((l) => l.order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('clamps emotion scores to -2..+2 and clears them', () => {
    let ws = withMap();
    const lane = laneOf(ws, 'emotions').id;
    const stage = stageAt(ws, 0).id;
    ws = edit(ws, (d) => ops.setEmotion(d, lane, stage, 7));
    expect(ws.lanes[lane]!.scores[stage]).toBe(2);
    ws = edit(ws, (d) => ops.setEmotion(d, lane, stage, null));
    expect(ws.lanes[lane]!.scores).toEqual({});
  });
});

describe('cards', () => {
  it('adds at a position, edits, moves between cells and deletes with links', () => {
    let ws = withMap();
    const [a, b] = [stageAt(ws, 0).id, stageAt(ws, 1).id];
    const lane = laneOf(ws, 'barriers').id;
    const rec = laneOf(ws, 'recommendations').id;
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: '1', stageId: a, laneId: lane, text: 'one' });
      ops.addCard(d, { id: '2', stageId: a, laneId: lane, text: 'two' });
      ops.addCard(d, { id: '0', stageId: a, laneId: lane, text: 'zero', index: 0 });
      ops.addCard(d, { id: 'r', stageId: a, laneId: rec, text: 'fix' });
      ops.addLink(d, 'l', 'r', '1');
    });
    expect(cellCards(ws, a, lane).map((c) => [c.text, c.order])).toEqual([['zero', -1], ['one', 0], ['two', 1]]);
    ws = edit(ws, (d) => ops.updateCard(d, '1', { text: 'uno', severity: 'high' }));
    expect(ws.cards['1']).toMatchObject({ text: 'uno', severity: 'high' });
    let before = ws;
    ws = edit(ws, (d) => ops.moveCard(d, '1', b, lane, 0));
    // The cards left behind keep their orders, gap and all.
    expect(cellCards(ws, a, lane).map((c) => [c.text, c.order])).toEqual([['zero', -1], ['two', 1]]);
    expect(cellCards(ws, b, lane).map((c) => [c.text, c.order])).toEqual([['uno', 0]]);
    expect(written(before, ws, 'cards')).toEqual(['1']);
    before = ws;
    ws = edit(ws, (d) => ops.moveCard(d, '2', a, lane, 0));
    expect(cellCards(ws, a, lane).map((c) => [c.text, c.order])).toEqual([['two', -2], ['zero', -1]]);
    expect(written(before, ws, 'cards')).toEqual(['2']);
    ws = edit(ws, (d) => ops.deleteCards(d, ['1']));
    expect(ws.links).toEqual({});
  });

  it('duplicates a card right after itself, whatever its order', () => {
    let ws = withMap();
    const [s, l] = [stageAt(ws, 0).id, laneOf(ws, 'touchpoints').id];
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'b', stageId: s, laneId: l, text: 'call' });
      ops.addCard(d, { id: 'c', stageId: s, laneId: l, text: 'mail' });
      // Order -1, position 0: the copy goes at position 1, not at "order + 1" = 0.
      ops.addCard(d, { id: 'a', stageId: s, laneId: l, text: 'site', index: 0, fields: { channel: 'website' } });
    });
    const before = ws;
    ws = edit(ws, (d) => {
      ops.duplicateCard(d, 'a', 'a2');
    });
    expect(cellCards(ws, s, l).map((c) => [c.id, c.order])).toEqual([['a', -1], ['a2', -0.5], ['b', 0], ['c', 1]]);
    expect(written(before, ws, 'cards')).toEqual(['a2']);
    expect(ws.cards.a2!.channel).toBe('website');
  });

  it('refuses edits that would break the map', () => {
    const ws = withMap();
    expect(() => edit(ws, (d) => ops.updateCard(d, 'nope', { text: 'x' }))).toThrow(/does not exist/);
    const other = edit(ws, (d) => {
      ops.createMap(d, { id: 'm2', title: 'Other', stageNames: ['Z'] });
    });
    const foreignStage = mapStages(other, 'm2')[0]!.id;
    expect(() =>
      edit(other, (d) => {
        ops.addCard(d, { id: 'c', stageId: foreignStage, laneId: laneOf(d, 'actions').id, text: 'x' });
      }),
    ).toThrow(/different maps/);
  });

  it('does not link a card to itself or twice', () => {
    let ws = withMap();
    const [s, l] = [stageAt(ws, 0).id, laneOf(ws, 'barriers').id];
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'a', stageId: s, laneId: l, text: 'a' });
      ops.addCard(d, { id: 'b', stageId: s, laneId: l, text: 'b' });
      ops.addLink(d, 'l1', 'a', 'b');
      ops.addLink(d, 'l2', 'a', 'b');
      ops.addLink(d, 'l3', 'a', 'a');
    });
    expect(Object.keys(ws.links)).toEqual(['l1']);
  });
});

describe('goal conflict', () => {
  it('adds a barrier worded from the stage’s customer and brand goals', () => {
    let ws = withMap();
    const stage = stageAt(ws, 0).id;
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'g', stageId: stage, laneId: laneOf(d, 'customerGoals').id, text: 'Get answers' });
      ops.addCard(d, { id: 'b', stageId: stage, laneId: laneOf(d, 'brandGoals').id, text: 'Book a test drive' });
      ops.addGoalConflictBarrier(d, stage, 'x', (c, b) => `${c} vs ${b}`);
    });
    expect(ws.cards.x).toMatchObject({ text: 'Get answers vs Book a test drive', laneId: laneOf(ws, 'barriers').id, severity: 'medium' });
  });

  it('does nothing on a map without a barriers lane', () => {
    let ws = withMap();
    ws = edit(ws, (d) => ops.deleteLane(d, laneOf(d, 'barriers').id));
    let result: unknown = 'unset';
    edit(ws, (d) => {
      result = ops.addGoalConflictBarrier(d, stageAt(d, 0).id, 'x', () => 'x');
    });
    expect(result).toBeNull();
  });
});

describe('several cards', () => {
  it('moves a selection into one cell keeping its reading order', () => {
    let ws = withMap();
    const [a, b] = [stageAt(ws, 0).id, stageAt(ws, 1).id];
    const goals = laneOf(ws, 'customerGoals').id;
    const barriers = laneOf(ws, 'barriers').id;
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'g1', stageId: b, laneId: goals, text: 'g1' });
      ops.addCard(d, { id: 'x1', stageId: a, laneId: barriers, text: 'x1' });
      ops.addCard(d, { id: 'x2', stageId: a, laneId: barriers, text: 'x2' });
      ops.addCard(d, { id: 'x3', stageId: a, laneId: barriers, text: 'x3' });
    });
    let before = ws;
    ws = edit(ws, (d) => ops.moveCards(d, ['x3', 'x1'], b, goals, 1));
    expect(cellCards(ws, b, goals).map((c) => [c.id, c.order])).toEqual([['g1', 0], ['x1', 1], ['x3', 2]]);
    expect(cellCards(ws, a, barriers).map((c) => [c.id, c.order])).toEqual([['x2', 1]]);
    expect(written(before, ws, 'cards')).toEqual(['x1', 'x3']);
    // Within one cell: moving the first two to the end writes only those two.
    before = ws;
    ws = edit(ws, (d) => ops.moveCards(d, ['g1', 'x1'], b, goals, 3));
    expect(cellCards(ws, b, goals).map((c) => [c.id, c.order])).toEqual([['x3', 2], ['g1', 3], ['x1', 4]]);
    expect(written(before, ws, 'cards')).toEqual(['g1', 'x1']);
    // Into the middle: spread evenly between the neighbours.
    before = ws;
    ws = edit(ws, (d) => ops.moveCards(d, ['x3', 'x2'], b, goals, 1));
    expect(cellCards(ws, b, goals).map((c) => [c.id, c.order])).toEqual([['g1', 3], ['x2', 3 + 1 / 3], ['x3', 3 + 2 / 3], ['x1', 4]]);
    expect(written(before, ws, 'cards')).toEqual(['x2', 'x3']);
  });

  it('pastes copies with new ids', () => {
    let ws = withMap();
    const s = stageAt(ws, 0).id;
    const l = laneOf(ws, 'touchpoints').id;
    let n = 0;
    let ids: string[] = [];
    ws = edit(ws, (d) => {
      ops.addCard(d, { id: 'a', stageId: s, laneId: l, text: 'a' });
      ids = ops.pasteCards(d, [{ text: 'site', color: 'blue', channel: 'website', severity: null }, { text: 'call', color: 'none', channel: 'phone', severity: null }], s, l, 0, () => `p${n++}`);
    });
    expect(ids).toEqual(['p0', 'p1']);
    expect(cellCards(ws, s, l).map((c) => [c.text, c.order])).toEqual([['site', -2], ['call', -1], ['a', 0]]);
    expect(ws.cards.p0).toMatchObject({ color: 'blue', channel: 'website' });
  });
});

describe('channel library', () => {
  it('adds a channel once per name and clears it from cards when deleted', () => {
    let ws = withMap();
    const s = stageAt(ws, 0).id;
    const l = laneOf(ws, 'touchpoints').id;
    ws = edit(ws, (d) => {
      ops.addChannel(d, 'tg', 'Telegram bot', 'messageCircle', 1);
      ops.addChannel(d, 'tg2', ' telegram BOT ', 'globe', 2);
      ops.addCard(d, { id: 'c', stageId: s, laneId: l, text: 'Bot reminds of the test drive', fields: { channel: 'tg' } });
    });
    expect(Object.keys(ws.channels)).toEqual(['tg']);
    expect(ops.isBuiltInChannel('email')).toBe(true);
    expect(ops.isBuiltInChannel('tg')).toBe(false);
    ws = edit(ws, (d) => ops.renameChannel(d, 'tg', 'Telegram'));
    expect(ws.channels.tg!.name).toBe('Telegram');
    ws = edit(ws, (d) => ops.deleteChannel(d, 'tg'));
    expect(ws.cards.c!.channel).toBeNull();
    expect(() => edit(ws, (d) => ops.addChannel(d, 'x', '  ', 'globe'))).toThrow();
  });
});

describe('segments and personas', () => {
  const fields = (name: string) => ({ name, description: '', revenueShare: null, relationship: null });
  const persona = (name: string) => ({
    name, age: 35, gender: '', city: '', monthlyIncome: null, currency: 'RUB', interests: '', onlineBehaviour: '',
    habits: '', goals: '', pains: '', quote: '', notes: '',
  });

  it('ranks, re-ranks, duplicates and deletes segments', () => {
    let ws = withMap();
    let n = 0;
    ws = edit(ws, (d) => {
      ops.addSegment(d, 'a', fields('A'));
      ops.addSegment(d, 'b', fields('B'));
      ops.addSegment(d, 'c', fields('C'));
      ops.addPersona(d, 'pa', 'a', persona('Anna'));
    });
    expect(ops.rankedSegments(ws).map((s) => [s.id, s.rank])).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    ws = edit(ws, (d) => ops.moveSegment(d, 'c', 0));
    expect(ops.rankedSegments(ws).map((s) => s.id)).toEqual(['c', 'a', 'b']);
    ws = edit(ws, (d) => {
      ops.duplicateSegment(d, 'a', 'a2', 'A copy', () => `p${n++}`);
    });
    expect(ops.rankedSegments(ws).map((s) => s.id)).toEqual(['c', 'a', 'a2', 'b']);
    expect(Object.values(ws.personas).filter((p) => p.segmentId === 'a2').map((p) => p.name)).toEqual(['Anna']);
    ws = edit(ws, (d) => ops.bindMap(d, 'm', 'a', 'pa'));
    expect(() => edit(ws, (d) => ops.bindMap(d, 'm', 'b', 'pa'))).toThrow(/another segment/);
    const kept = edit(ws, (d) => ops.deleteSegment(d, 'a', 'keep', ops.deleteMap));
    expect(kept.maps.m).toMatchObject({ segmentId: null, personaId: null });
    expect(kept.personas.pa).toBeUndefined();
    expect(ops.rankedSegments(kept).map((s) => [s.id, s.rank])).toEqual([['c', 1], ['a2', 2], ['b', 3]]);
    const gone = edit(ws, (d) => ops.deleteSegment(d, 'a', 'delete', ops.deleteMap));
    expect(gone.maps.m).toBeUndefined();
    expect(Object.values(gone.cards)).toHaveLength(0);
  });

  it('updates and deletes personas, unbinding their maps', () => {
    let ws = withMap();
    ws = edit(ws, (d) => {
      ops.addSegment(d, 'a', fields('A'));
      ops.addPersona(d, 'p', 'a', persona('Oleg'));
      ops.bindMap(d, 'm', 'a', 'p');
      ops.updatePersona(d, 'p', { city: 'Kazan' });
    });
    expect(ws.personas.p!.city).toBe('Kazan');
    ws = edit(ws, (d) => ops.deletePersona(d, 'p'));
    expect(ws.maps.m).toMatchObject({ segmentId: 'a', personaId: null });
  });
});
