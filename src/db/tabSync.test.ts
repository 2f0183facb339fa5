import { describe, expect, it } from 'vitest';
import * as ops from '../domain/operations';
import { mapLanes, mapStages } from '../domain/selectors';
import { createWorkspaceStore } from '../store/workspaceStore';
import { TropaDatabase } from './database';
import { createSaver } from './saver';
import { createTabSync } from './tabSync';
import { loadWorkspace, writeRows } from './workspaceRepository';

/** One tab of Tropa: its own connection, store, saver and sync, as session.ts wires them. */
async function openTab(name: string) {
  const db = new TropaDatabase(name);
  const store = createWorkspaceStore();
  const sync = createTabSync(db, {
    onRemote: (records) => store.merge(records.filter((r) => !saver.isPending(r))),
  });
  store.load(await loadWorkspace(db));
  const saver = createSaver({
    getWorkspace: () => store.store.getState().workspace,
    write: (changes) => writeRows(db, changes),
    delayMs: 5,
    onWritten: (keys) => sync.announce(keys),
  });
  store.onChange((keys) => saver.markDirty(keys));
  sync.start();
  const close = () => {
    sync.close();
    saver.dispose();
    db.close();
  };
  return { db, store, saver, close, cards: () => store.store.getState().workspace.cards };
}

describe.skipIf(typeof BroadcastChannel === 'undefined')('tab sync', () => {
  it('two tabs exchange added, edited and deleted records and end with the same cards', async () => {
    const name = `sync-${Math.random()}`;
    const setup = createWorkspaceStore();
    setup.apply((ws) => ops.createMap(ws, { id: 'm', title: 'Map', stageNames: ['A', 'B'], now: 1 }));
    const seed = new TropaDatabase(name);
    await writeRows(
      seed,
      Object.entries(setup.store.getState().workspace).flatMap(([table, rows]) =>
        Object.entries(rows).map(([id, value]) => ({ table: table as 'cards', id, value })),
      ),
    );
    seed.close();
    const one = await openTab(name);
    const two = await openTab(name);
    const ws = one.store.store.getState().workspace;
    const stage = mapStages(ws, 'm')[0]!.id;
    const lane = mapLanes(ws, 'm')[0]!.id;

    one.store.apply((d) => ops.addCard(d, { id: 'a', stageId: stage, laneId: lane, text: 'from one' }));
    two.store.apply((d) => ops.addCard(d, { id: 'b', stageId: stage, laneId: lane, text: 'from two' }));
    await expect.poll(() => Object.keys(one.cards()).sort().join()).toBe('a,b');
    await expect.poll(() => Object.keys(two.cards()).sort().join()).toBe('a,b');
    // Merged records are not this tab's steps: nothing to undo but its own card.
    expect(two.store.store.getState().past).toHaveLength(1);

    // Same card, both tabs at once: both end with the value written last.
    one.store.apply((d) => ops.updateCard(d, 'a', { text: 'one says' }));
    two.store.apply((d) => ops.updateCard(d, 'a', { text: 'two says' }));
    await one.saver.flush();
    await two.saver.flush();
    await expect.poll(() => one.cards().a!.text === two.cards().a!.text).toBe(true);
    const stored = await loadWorkspace(one.db);
    expect(one.cards().a!.text).toBe(stored.cards.a!.text);

    two.store.apply((d) => ops.deleteCards(d, ['b']));
    await expect.poll(() => one.cards().b).toBeUndefined();
    one.close();
    two.close();
  });
});
