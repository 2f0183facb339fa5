import { describe, expect, it } from 'vitest';
import * as ops from '../domain/operations';
import { mapLanes, mapStages } from '../domain/selectors';
import type { Card } from '../domain/types';
import { createWorkspaceStore } from './workspaceStore';

/** A store with one map and two cards, as another tab would also have loaded it. */
function twoCards() {
  const store = createWorkspaceStore();
  store.apply((ws) => {
    ops.createMap(ws, { id: 'm', title: 'Map', stageNames: ['A', 'B'], now: 1 });
    const stage = mapStages(ws, 'm')[0]!.id;
    const lane = mapLanes(ws, 'm')[0]!.id;
    ops.addCard(ws, { id: 'a', stageId: stage, laneId: lane, text: 'a' });
    ops.addCard(ws, { id: 'b', stageId: stage, laneId: lane, text: 'b' });
  });
  store.load(store.store.getState().workspace);
  return store;
}

const card = (store: ReturnType<typeof twoCards>, id: string) => store.store.getState().workspace.cards[id];

describe('merge of records written by another tab', () => {
  it('takes changed, added and deleted records without recording a step or reporting a change', () => {
    const store = twoCards();
    const reported: unknown[] = [];
    store.onChange((keys) => reported.push(keys));
    const a = card(store, 'a')!;
    const added: Card = { ...a, id: 'c', text: 'from the other tab' };
    store.merge([
      { table: 'cards', id: 'a', value: { ...a, text: 'edited there' } },
      { table: 'cards', id: 'c', value: added },
      { table: 'cards', id: 'b', value: undefined },
    ]);
    expect(card(store, 'a')!.text).toBe('edited there');
    expect(card(store, 'c')).toEqual(added);
    expect(card(store, 'b')).toBeUndefined();
    expect(store.store.getState().past).toEqual([]);
    expect(store.store.getState().future).toEqual([]);
    expect(reported).toEqual([]);
  });

  it('leaves the state object alone when nothing differs (an echo of what this tab has)', () => {
    const store = twoCards();
    const before = store.store.getState().workspace;
    store.merge([
      { table: 'cards', id: 'a', value: { ...card(store, 'a')! } },
      { table: 'cards', id: 'gone', value: undefined },
    ]);
    expect(store.store.getState().workspace).toBe(before);
  });

  it('drops the undo steps that touched a record changed remotely, and those behind them', () => {
    const store = twoCards();
    store.apply((ws) => ops.updateCard(ws, 'a', { text: 'a1' })); // touches a: dropped
    store.apply((ws) => ops.updateCard(ws, 'b', { text: 'b1' })); // behind a1? no: above it
    expect(store.store.getState().past).toHaveLength(2);
    store.merge([{ table: 'cards', id: 'a', value: { ...card(store, 'a')!, text: 'theirs' } }]);
    // The newest step (b1) is still undoable; the step on card a is gone.
    expect(store.store.getState().past).toHaveLength(1);
    expect(store.undo()).toBe(true);
    expect(card(store, 'b')!.text).toBe('b');
    expect(card(store, 'a')!.text).toBe('theirs');
    expect(store.undo()).toBe(false);
  });

  it('a remote change that only stamps the map updatedAt keeps the local undo history', () => {
    const store = twoCards();
    store.apply((ws) => ops.updateCard(ws, 'a', { text: 'a1' }));
    const map = store.store.getState().workspace.maps.m!;
    store.merge([{ table: 'maps', id: 'm', value: { ...map, updatedAt: map.updatedAt + 1000 } }]);
    expect(store.store.getState().past).toHaveLength(1);
    expect(store.undo()).toBe(true);
    expect(card(store, 'a')!.text).toBe('a');
  });

  it('drops redo steps on a record deleted remotely, so redo never resurrects or throws', () => {
    const store = twoCards();
    store.apply((ws) => ops.updateCard(ws, 'a', { text: 'a1' }));
    store.undo();
    expect(store.store.getState().future).toHaveLength(1);
    store.merge([{ table: 'cards', id: 'a', value: undefined }]);
    expect(store.store.getState().future).toHaveLength(0);
    expect(store.redo()).toBe(false);
    expect(card(store, 'a')).toBeUndefined();
  });

  it('two tabs that exchange their records end equal', () => {
    const one = twoCards();
    const two = createWorkspaceStore();
    two.load(one.store.getState().workspace);
    one.apply((ws) => ops.updateCard(ws, 'a', { text: 'one' }));
    two.apply((ws) => ops.updateCard(ws, 'b', { text: 'two' }));
    const rows = (s: typeof one, ids: string[]) => ids.map((id) => ({ table: 'cards' as const, id, value: s.store.getState().workspace.cards[id] }));
    two.merge(rows(one, ['a']));
    one.merge(rows(two, ['b']));
    expect(one.store.getState().workspace.cards).toEqual(two.store.getState().workspace.cards);
    expect(card(one, 'a')!.text).toBe('one');
    expect(card(one, 'b')!.text).toBe('two');
  });
});
