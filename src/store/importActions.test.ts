import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEMO_MAP_ID } from '../domain/demo/demoWorkspace';
import { exportMap, fileToJson } from '../domain/transfer/exportFile';
import { richWorkspace } from '../domain/transfer/testData';
import { TropaDatabase, type DocUpdate } from '../db/database';
import { appendUpdates } from '../db/docStore';
import { createSaver } from '../db/saver';
import { ORIGIN } from '../sync/origins';
import { importFileText } from './importActions';
import { loadStoredDocs } from './storedDocs';
import { createWorkspaceStore } from './workspaceStore';

const naming = { renamed: (title: string) => `${title} (imported)` };

describe('an import reaches the database', () => {
  it('as one write of one transaction, and a refused one writes nothing', async () => {
    const db = new TropaDatabase(`import-${Math.random()}`);
    const store = createWorkspaceStore();
    store.loadDocs((await loadStoredDocs(db)).updates);
    const writes: DocUpdate[][] = [];
    const saver = createSaver({ write: (rows) => (writes.push(rows), appendUpdates(db, rows)), delayMs: 10_000 });
    store.docs().onUpdate((docId, update, origin) => origin !== ORIGIN.stored && saver.add(docId, update));
    const text = fileToJson(await exportMap(richWorkspace(), DEMO_MAP_ID));

    expect(importFileText(text.replace('"stages"', '"stagez"'), naming, store).ok).toBe(false);
    await saver.flush();
    expect(writes).toHaveLength(0);

    const result = importFileText(text, naming, store);
    expect(result.ok).toBe(true);
    await saver.flush();
    expect(writes).toHaveLength(1);
    const reopened = createWorkspaceStore();
    reopened.loadDocs((await loadStoredDocs(db)).updates);
    const saved = reopened.store.getState().workspace;
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
