import * as Y from 'yjs';
import { produce } from 'immer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ops from '../domain/operations';
import { emptyWorkspace, type Workspace } from '../domain/types';
import { encodeWorkspace } from '../sync/encodeWorkspace';
import { TropaDatabase } from './database';
import { appendUpdates, compactDoc, loadDocs } from './docStore';
import { createSaver } from './saver';

let counter = 0;
const opened: TropaDatabase[] = [];
function freshDb(seed?: () => ReturnType<typeof encodeWorkspace>) {
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

/** A document's text field after applying stored updates. */
function titleOf(updates: Uint8Array[] | undefined): unknown {
  const doc = new Y.Doc();
  for (const update of updates ?? []) Y.applyUpdate(doc, update);
  return (doc.getMap('maps').get('m') as Y.Map<unknown> | undefined)?.get('title');
}

describe('database', () => {
  it('seeds a new database once, through populate, as documents', async () => {
    const seed = vi.fn(() => encodeWorkspace(sampleWorkspace()));
    const db = freshDb(seed);
    const stored = await loadDocs(db);
    expect(seed).toHaveBeenCalledTimes(1);
    expect([...stored.updates.keys()]).toEqual(['map:m']);
    expect(titleOf(stored.updates.get('map:m'))).toBe('Seeded');
    db.close();
    await db.open();
    await loadDocs(db);
    expect(seed).toHaveBeenCalledTimes(1);
  });

  it('loads every document in one read and compacts a document into one row', async () => {
    const db = freshDb(() => encodeWorkspace(sampleWorkspace()));
    const doc = new Y.Doc();
    for (const update of (await loadDocs(db)).updates.get('map:m')!) Y.applyUpdate(doc, update);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (const title of ['one', 'two', 'three']) (doc.getMap('maps').get('m') as Y.Map<unknown>).set('title', title);
    await appendUpdates(db, updates.map((update) => ({ docId: 'map:m', update })));
    const before = await loadDocs(db);
    expect(before.seqs.get('map:m')).toHaveLength(4);
    expect(titleOf(before.updates.get('map:m'))).toBe('three');
    await compactDoc(db, 'map:m', before.seqs.get('map:m')!, Y.encodeStateAsUpdate(doc));
    const after = await loadDocs(db);
    expect(after.seqs.get('map:m')).toHaveLength(1);
    expect(titleOf(after.updates.get('map:m'))).toBe('three');
  });
});

describe('saver', () => {
  const update = (n: number) => {
    const doc = new Y.Doc();
    doc.getMap('maps').set('k', n);
    return Y.encodeStateAsUpdate(doc);
  };

  it('writes a batch of updates in one write, and merges them per document for the journal', async () => {
    const write = vi.fn(async (_rows: unknown[]) => undefined);
    const saver = createSaver({ write, delayMs: 10_000 });
    saver.add('map:a', update(1));
    saver.add('map:a', update(2));
    saver.add('workspace', update(3));
    expect(saver.status()).toBe('pending');
    expect(saver.unsaved()).toHaveLength(2);
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0]).toHaveLength(3);
    expect(saver.status()).toBe('saved');
    expect(saver.unsaved()).toEqual([]);
    saver.dispose();
  });

  it('keeps a failed batch, retries it, and reports what it wrote', async () => {
    let fail = true;
    const written: string[][] = [];
    const statuses: string[] = [];
    const write = vi.fn(async () => {
      if (fail) throw new DOMException('full', 'QuotaExceededError');
    });
    const saver = createSaver({ write, delayMs: 10_000, retryMs: 10, onStatus: (s) => statuses.push(s), onWritten: (ids) => written.push(ids) });
    saver.add('map:a', update(1));
    await saver.flush();
    expect(saver.status()).toBe('failed');
    expect(saver.unsaved()).toHaveLength(1);
    fail = false;
    await vi.waitFor(() => expect(saver.status()).toBe('saved'));
    expect(written).toEqual([['map:a']]);
    expect(statuses).toContain('failed');
    saver.stop();
    saver.add('map:a', update(2));
    await saver.flush();
    expect(write).toHaveBeenCalledTimes(2);
    expect(saver.status()).toBe('off');
  });

  it('stopped during a write, it stays off when the write lands', async () => {
    let land!: () => void;
    const saver = createSaver({ write: () => new Promise<void>((resolve) => (land = resolve)), delayMs: 10_000 });
    saver.add('map:a', update(1));
    const flushing = saver.flush();
    saver.stop();
    land();
    await flushing;
    expect(saver.status()).toBe('off');
  });
});
