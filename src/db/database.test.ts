import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ops from '../domain/operations';
import { emptyWorkspace, type Workspace } from '../domain/types';
import { TropaDatabase } from './database';
import { createSaver } from './saver';
import { loadWorkspace, writeRows } from './workspaceRepository';

let counter = 0;
const opened: TropaDatabase[] = [];
function freshDb(seed?: () => Workspace) {
  const db = new TropaDatabase(`test-${Date.now()}-${counter++}`, seed);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function sampleWorkspace(): Workspace {
  return produce(emptyWorkspace(), (ws) => {
    ops.createMap(ws, { id: 'm', title: 'Seeded', stageNames: ['A', 'B'], now: 1 });
  });
}

describe('database', () => {
  it('seeds a new database once, through populate', async () => {
    const seed = vi.fn(sampleWorkspace);
    const name = `seed-${counter++}`;
    const first = new TropaDatabase(name, seed);
    const loaded = await loadWorkspace(first);
    expect(loaded.maps.m!.title).toBe('Seeded');
    expect(Object.keys(loaded.lanes)).toHaveLength(9);
    first.close();
    const second = new TropaDatabase(name, seed);
    opened.push(second);
    await loadWorkspace(second);
    expect(seed).toHaveBeenCalledTimes(1);
  });

  it('writes and deletes single rows, leaving the rest alone', async () => {
    const db = freshDb(sampleWorkspace);
    const ws = await loadWorkspace(db);
    const stage = Object.values(ws.stages)[0]!;
    await writeRows(db, [
      { table: 'stages', id: stage.id, value: { ...stage, name: 'Renamed' } },
      { table: 'maps', id: 'm', value: undefined },
    ]);
    const after = await loadWorkspace(db);
    expect(after.stages[stage.id]!.name).toBe('Renamed');
    expect(after.maps.m).toBeUndefined();
    expect(Object.keys(after.stages)).toHaveLength(2);
  });

  it('writes nothing of a batch that fails', async () => {
    const db = freshDb(sampleWorkspace);
    const ws = await loadWorkspace(db);
    const stage = Object.values(ws.stages)[0]!;
    await expect(
      writeRows(db, [
        { table: 'stages', id: stage.id, value: { ...stage, name: 'Renamed' } },
        // A row without its key cannot be stored: the whole transaction aborts.
        { table: 'cards', id: 'x', value: { text: 'no id' } },
      ]),
    ).rejects.toThrow();
    expect((await loadWorkspace(db)).stages[stage.id]!.name).toBe(stage.name);
  });
});

describe('saver', () => {
  it('batches edits and writes the latest value of each touched record', async () => {
    const db = freshDb(sampleWorkspace);
    let ws = await loadWorkspace(db);
    const write = vi.fn((changes: Parameters<typeof writeRows>[1]) => writeRows(db, changes));
    const saver = createSaver({ getWorkspace: () => ws, write, delayMs: 20 });
    const stage = Object.values(ws.stages)[0]!.id;
    for (const name of ['one', 'two', 'three']) {
      ws = produce(ws, (d) => ops.renameStage(d, stage, name));
      saver.markDirty([{ table: 'stages', id: stage }, { table: 'maps', id: 'm' }]);
    }
    await vi.waitFor(async () => expect((await loadWorkspace(db)).stages[stage]!.name).toBe('three'));
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toHaveLength(2);
    expect(saver.status()).toBe('saved');
  });

  it('keeps failed changes and retries them', async () => {
    const db = freshDb(sampleWorkspace);
    let ws = await loadWorkspace(db);
    let fail = true;
    const statuses: string[] = [];
    const saver = createSaver({
      getWorkspace: () => ws,
      write: async (changes) => {
        if (fail) throw new DOMException('full', 'QuotaExceededError');
        await writeRows(db, changes);
      },
      delayMs: 5,
      retryMs: 30,
      onStatus: (s) => statuses.push(s),
    });
    ws = produce(ws, (d) => ops.renameMap(d, 'm', 'Kept'));
    saver.markDirty([{ table: 'maps', id: 'm' }]);
    await vi.waitFor(() => expect(saver.status()).toBe('failed'));
    fail = false;
    await vi.waitFor(async () => expect((await loadWorkspace(db)).maps.m!.title).toBe('Kept'));
    expect(statuses).toContain('failed');
    expect(saver.status()).toBe('saved');
  });

  it('flush writes at once and deletes removed records', async () => {
    const db = freshDb(sampleWorkspace);
    let ws = await loadWorkspace(db);
    const saver = createSaver({ getWorkspace: () => ws, write: (c) => writeRows(db, c), delayMs: 10_000 });
    ws = produce(ws, (d) => ops.deleteMap(d, 'm'));
    saver.markDirty([{ table: 'maps', id: 'm' }]);
    await saver.flush();
    expect((await loadWorkspace(db)).maps).toEqual({});
    saver.dispose();
  });
});

describe('saver: what the session relies on', () => {
  it('reports written records, knows what is pending, and stops for good', async () => {
    const db = freshDb(sampleWorkspace);
    let ws = await loadWorkspace(db);
    const written: string[][] = [];
    const saver = createSaver({
      getWorkspace: () => ws,
      write: (changes) => writeRows(db, changes),
      delayMs: 1000,
      onWritten: (keys) => written.push(keys.map((k) => `${k.table}/${k.id}`)),
    });
    ws = produce(ws, (d) => ops.renameMap(d, 'm', 'First'));
    saver.markDirty([{ table: 'maps', id: 'm' }]);
    expect(saver.isPending({ table: 'maps', id: 'm' })).toBe(true);
    expect(saver.isPending({ table: 'cards', id: 'm' })).toBe(false);
    await saver.flush();
    expect(saver.isPending({ table: 'maps', id: 'm' })).toBe(false);
    expect(written).toEqual([['maps/m']]);

    saver.stop();
    expect(saver.status()).toBe('off');
    ws = produce(ws, (d) => ops.renameMap(d, 'm', 'After stop'));
    saver.markDirty([{ table: 'maps', id: 'm' }]);
    await saver.flush();
    expect(saver.status()).toBe('off');
    expect((await loadWorkspace(db)).maps.m!.title).toBe('First');
  });
});
