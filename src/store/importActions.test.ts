import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEMO_MAP_ID, DEMO_PERSONA_ID, DEMO_SEGMENT_ID } from '../domain/demo/demoWorkspace';
import * as ops from '../domain/operations';
import { mapStages } from '../domain/selectors';
import { exportMap, fileToJson } from '../domain/transfer/exportFile';
import { describeMap, richWorkspace } from '../domain/transfer/testData';
import { TropaDatabase, type DocUpdate } from '../db/database';
import { appendUpdates } from '../db/docStore';
import { createSaver } from '../db/saver';
import { ORIGIN } from '../sync/origins';
import { applyImport, importFileText, readImportText } from './importActions';
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

describe('a file with a map the workspace has', () => {
  it('is named before anything changes; replacing it is one undo step, and undo brings the old map back exactly', async () => {
    const exported = richWorkspace();
    const text = fileToJson(await exportMap(exported, DEMO_MAP_ID));
    const store = createWorkspaceStore();
    store.load(exported);
    // Edited since the export.
    store.apply((ws) => {
      ops.renameMap(ws, DEMO_MAP_ID, 'Renamed since', 5);
      const [stage] = mapStages(ws, DEMO_MAP_ID);
      const lane = Object.values(ws.lanes).find((l) => l.mapId === DEMO_MAP_ID && l.kind === 'thoughts')!;
      ops.addCard(ws, { id: 'added-since', stageId: stage!.id, laneId: lane.id, text: 'Added since the export' });
      ops.updateHypothesis(ws, Object.keys(ws.hypotheses)[0]!, { title: 'Retitled since' }, 6);
    });

    const read = await readImportText(text, store);
    if (!read.ok) throw new Error('the export must read back');
    expect(read.value.existing).toEqual([{ fileMapId: DEMO_MAP_ID, mapId: DEMO_MAP_ID, title: 'Buying a family crossover (brand X)', existingTitle: 'Renamed since' }]);
    expect(store.store.getState().undoDepth).toBe(1);
    const before = store.store.getState().workspace;

    const summary = applyImport(read.value.file, 'replace', naming, store);
    expect(summary).toMatchObject({ mapIds: [DEMO_MAP_ID], replaced: 1 });
    const after = store.store.getState().workspace;
    expect(Object.values(after.maps).map((m) => m.title).sort()).toEqual(['Buying a family crossover (brand X)', 'Second map']);
    expect(describeMap(after, DEMO_MAP_ID)).toEqual(describeMap(exported, DEMO_MAP_ID));
    // Nothing duplicated: the persona is recognised by its photo, read before the import.
    expect(Object.keys(after.segments)).toEqual([DEMO_SEGMENT_ID]);
    expect(Object.keys(after.personas)).toEqual([DEMO_PERSONA_ID]);
    expect(Object.values(after.hypotheses).map((h) => h.title).sort()).toEqual(Object.values(exported.hypotheses).map((h) => h.title).sort());

    expect(store.store.getState().undoDepth).toBe(2);
    store.undo();
    expect(store.store.getState().workspace).toEqual(before);
  });
});
