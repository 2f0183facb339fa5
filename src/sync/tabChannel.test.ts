import { describe, expect, it, vi } from 'vitest';
import * as ops from '../domain/operations';
import { createWorkspaceStore } from '../store/workspaceStore';
import { mapStages, mapLanes } from '../domain/selectors';
import { openTabChannel } from './tabChannel';

function twoTabs() {
  const a = createWorkspaceStore();
  a.apply((ws) => {
    ops.createMap(ws, { id: 'm', title: 'Shared', stageNames: ['One', 'Two'], now: 1 });
  });
  const b = createWorkspaceStore();
  b.loadDocs(new Map(a.docs().ids().map((id) => [id, [a.docs().encode(id)]])));
  return { a, b };
}

describe('tab channel', () => {
  it('carries each tab’s edits to the other, field by field', async () => {
    const { a, b } = twoTabs();
    const ca = openTabChannel(a.docs(), (e) => { throw e; });
    const cb = openTabChannel(b.docs(), (e) => { throw e; });
    const stage = mapStages(a.store.getState().workspace, 'm')[0]!.id;
    a.apply((ws) => ops.renameMap(ws, 'm', 'Renamed in A'));
    b.apply((ws) => ops.renameStage(ws, stage, 'Renamed in B'));
    await vi.waitFor(() => {
      for (const tab of [a, b]) {
        const ws = tab.store.getState().workspace;
        expect(ws.maps.m!.title).toBe('Renamed in A');
        expect(ws.stages[stage]!.name).toBe('Renamed in B');
      }
    });
    ca.close();
    cb.close();
  });

  it('a starting tab hands the others what only it has (a closed tab’s journal)', async () => {
    const { a, b } = twoTabs();
    const ca = openTabChannel(a.docs(), (e) => { throw e; });
    // Made in B before its channel opened: nobody was told.
    const ws = b.store.getState().workspace;
    b.apply((d) => {
      ops.addCard(d, { id: 'journal', stageId: mapStages(ws, 'm')[0]!.id, laneId: mapLanes(ws, 'm')[0]!.id, text: 'From the journal' });
    });
    const cb = openTabChannel(b.docs(), (e) => { throw e; });
    await vi.waitFor(() => expect(a.store.getState().workspace.cards.journal?.text).toBe('From the journal'));
    ca.close();
    cb.close();
  });

  it('ignores messages that are not updates of known documents', async () => {
    const { a } = twoTabs();
    const errors: unknown[] = [];
    const ca = openTabChannel(a.docs(), (e) => errors.push(e));
    const hostile = new BroadcastChannel('tropa-docs');
    hostile.postMessage({ kind: 'update', docId: '../etc', update: new Uint8Array([1, 2, 3]) });
    hostile.postMessage({ kind: 'update', docId: 'map:m', update: new Uint8Array([255, 255, 255, 255]) });
    hostile.postMessage('nonsense');
    await vi.waitFor(() => expect(errors.length).toBe(1));
    expect(a.store.getState().workspace.maps.m!.title).toBe('Shared');
    hostile.close();
    ca.close();
  });
});
