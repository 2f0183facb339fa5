import { describe, expect, it } from 'vitest';
import * as ops from '../domain/operations';
import { mapLanes, mapStages } from '../domain/selectors';
import { emptyWorkspace, type Workspace } from '../domain/types';
import { createWorkspaceStore, HISTORY_LIMIT } from './workspaceStore';

/** A small deterministic PRNG so a failing sequence can be replayed from its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function seeded(): Workspace {
  const store = createWorkspaceStore();
  store.apply((ws) => {
    ops.createMap(ws, { id: 'm', title: 'Map', stageNames: ['A', 'B'], now: 1 });
  });
  return store.store.getState().workspace;
}

function randomEdit(random: () => number, n: number) {
  return (ws: Workspace) => {
    const stages = mapStages(ws, 'm');
    const lanes = mapLanes(ws, 'm');
    const cards = Object.values(ws.cards);
    const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)];
    const choice = Math.floor(random() * 9);
    const stage = pick(stages);
    const lane = pick(lanes.filter((l) => l.kind !== 'emotions'));
    const card = pick(cards);
    if (choice === 0 || !card) {
      if (stage && lane) ops.addCard(ws, { id: `c${n}`, stageId: stage.id, laneId: lane.id, text: `card ${n}`, index: Math.floor(random() * 3) });
    } else if (choice === 1) ops.updateCard(ws, card.id, { text: `edited ${n}`, color: 'pink' });
    else if (choice === 2 && stage && lane) ops.moveCard(ws, card.id, stage.id, lane.id, Math.floor(random() * 4));
    else if (choice === 3) ops.deleteCards(ws, [card.id]);
    else if (choice === 4) ops.addStage(ws, 'm', `s${n}`, `Stage ${n}`, Math.floor(random() * 4));
    else if (choice === 5 && stage && stages.length > 1) ops.deleteStage(ws, stage.id);
    else if (choice === 6 && stage) ops.renameStage(ws, stage.id, `renamed ${n}`);
    else if (choice === 7 && lane) ops.moveLane(ws, lane.id, Math.floor(random() * 9));
    else if (choice === 8 && stage) ops.setEmotion(ws, lanes.find((l) => l.kind === 'emotions')!.id, stage.id, Math.floor(random() * 5) - 2);
  };
}

describe('workspace store history', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('undo all returns the initial state and redo all the final one (seed %i)', (seed) => {
    const store = createWorkspaceStore();
    const initial = seeded();
    store.load(initial);
    const random = rng(seed);
    for (let n = 0; n < 150; n++) store.apply(randomEdit(random, n));
    const final = store.store.getState().workspace;
    while (store.undo());
    expect(store.store.getState().workspace).toEqual(initial);
    while (store.redo());
    expect(store.store.getState().workspace).toEqual(final);
  });

  it('keeps at least 200 steps and never records a load', () => {
    const store = createWorkspaceStore();
    store.load(seeded());
    const stage = mapStages(store.store.getState().workspace, 'm')[0]!.id;
    for (let n = 0; n < 250; n++) store.apply((ws) => ops.renameStage(ws, stage, `v${n}`));
    expect(store.store.getState().undoDepth).toBe(Math.min(250, HISTORY_LIMIT));
    store.load(emptyWorkspace());
    expect(store.store.getState().undoDepth).toBe(0);
    expect(store.undo()).toBe(false);
  });

  it('makes one step per gesture, none for an edit that changes nothing, and drops redo after a new edit', () => {
    const store = createWorkspaceStore();
    store.load(seeded());
    const [a] = mapStages(store.store.getState().workspace, 'm');
    store.apply((ws) => {
      ops.renameStage(ws, a!.id, 'one');
      ops.setStageWidth(ws, a!.id, 300);
    });
    expect(store.store.getState().undoDepth).toBe(1);
    store.apply(() => undefined);
    expect(store.store.getState().undoDepth).toBe(1);
    store.undo();
    expect(store.store.getState().redoDepth).toBe(1);
    store.apply((ws) => ops.renameStage(ws, a!.id, 'two'));
    expect(store.store.getState().redoDepth).toBe(0);
  });

  it('leaves the state untouched when an edit throws', () => {
    const store = createWorkspaceStore();
    const initial = seeded();
    store.load(initial);
    const before = store.store.getState().workspace;
    expect(() => store.apply((ws) => ops.renameStage(ws, 'missing', 'x'))).toThrow();
    expect(store.store.getState().workspace).toBe(before);
  });

  it('writes each step into the map document, and undo and redo take it out and back', () => {
    const store = createWorkspaceStore();
    store.load(seeded());
    const ws = store.store.getState().workspace;
    const stage = mapStages(ws, 'm')[0]!.id;
    const lane = mapLanes(ws, 'm')[0]!.id;
    store.apply((d) => {
      ops.addCard(d, { id: 'x', stageId: stage, laneId: lane, text: 'hi' });
    });
    expect(store.docs().read('map:m', 'cards', 'x')).toMatchObject({ text: 'hi', stageId: stage });
    store.undo();
    expect(store.docs().read('map:m', 'cards', 'x')).toBeUndefined();
    expect(store.store.getState().workspace.cards.x).toBeUndefined();
    store.redo();
    expect(store.store.getState().workspace.cards.x).toMatchObject({ text: 'hi' });
  });
});
