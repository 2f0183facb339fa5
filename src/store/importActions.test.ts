import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { exportMap, fileToJson } from '../domain/transfer/exportFile';
import { richWorkspace } from '../domain/transfer/testData';
import { TropaDatabase } from '../db/database';
import { createSaver } from '../db/saver';
import { loadWorkspace, writeRows, type RowChange } from '../db/workspaceRepository';
import { importFileText } from './importActions';
import { createWorkspaceStore } from './workspaceStore';

const naming = { renamed: (title: string) => `${title} (imported)` };

describe('an import reaches the database', () => {
  it('as one write of one transaction, and a refused one writes nothing', async () => {
    const db = new TropaDatabase(`import-${Math.random()}`);
    const store = createWorkspaceStore();
    store.load(await loadWorkspace(db));
    const writes: RowChange[][] = [];
    const saver = createSaver({
      getWorkspace: () => store.store.getState().workspace,
      write: (changes) => (writes.push(changes), writeRows(db, changes)),
      delayMs: 10_000,
    });
    store.onChange((keys) => saver.markDirty(keys));
    const text = fileToJson(await exportMap(richWorkspace(), DEMO_MAP_ID));

    expect(importFileText(text.replace('"stages"', '"stagez"'), naming, store).ok).toBe(false);
    await saver.flush();
    expect(writes).toHaveLength(0);

    const result = importFileText(text, naming, store);
    expect(result.ok).toBe(true);
    await saver.flush();
    expect(writes).toHaveLength(1);
    const saved = await loadWorkspace(db);
    const live = store.store.getState().workspace;
    // (fake-indexeddb cannot clone a jsdom Blob, so photos are compared in Chromium, e2e.)
    for (const table of ['maps', 'segments', 'stages', 'lanes', 'cards', 'links', 'hypotheses', 'channels'] as const) {
      expect(saved[table], table).toEqual(live[table]);
    }
    expect(Object.keys(saved.personas)).toEqual(Object.keys(live.personas));
    expect(Object.keys(saved.cards).length).toBe(result.ok ? result.value.cards : -1);
    saver.dispose();
    db.close();
  });
});
