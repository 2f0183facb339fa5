// The documents in IndexedDB: each document is the list of Yjs updates that built it, in the
// order written. Loading reads the whole table at once (a 5,000-card map is one read, not
// 5,000), and compaction folds a document's updates into one so the list stays short.
import { asBytes } from '../domain/bytes';
import type { DocUpdate, TropaDatabase } from './database';

export interface StoredDocs {
  /** Updates per document id, oldest first. */
  updates: Map<string, Uint8Array[]>;
  /** The row keys per document, for compaction. */
  seqs: Map<string, number[]>;
}

export async function loadDocs(db: TropaDatabase): Promise<StoredDocs> {
  const rows = await db.docUpdates.toArray();
  const updates = new Map<string, Uint8Array[]>();
  const seqs = new Map<string, number[]>();
  for (const row of rows) {
    // A row that is not bytes is skipped, not trusted.
    const update = asBytes(row.update);
    if (!update || typeof row.docId !== 'string') continue;
    if (!updates.has(row.docId)) {
      updates.set(row.docId, []);
      seqs.set(row.docId, []);
    }
    updates.get(row.docId)!.push(update);
    seqs.get(row.docId)!.push(row.seq!);
  }
  return { updates, seqs };
}

/** Append updates in one transaction: all of them land, or none. */
export async function appendUpdates(db: TropaDatabase, rows: readonly DocUpdate[]): Promise<void> {
  if (rows.length) await db.docUpdates.bulkAdd(rows.map(({ docId, update }) => ({ docId, update })));
}

/**
 * Replace the given rows of one document by one update holding all of them (and possibly
 * more: the document's state now). Rows another tab added meanwhile are not among `seqs` and
 * stay; updates are idempotent, so overlap costs space, never data.
 */
export async function compactDoc(db: TropaDatabase, docId: string, seqs: readonly number[], merged: Uint8Array): Promise<number> {
  return db.transaction('rw', db.docUpdates, async () => {
    await db.docUpdates.bulkDelete([...seqs]);
    return db.docUpdates.add({ docId, update: merged });
  });
}

/** Write documents made from a pre-Yjs workspace, unless another tab did it first. */
export async function writeFirstDocs(db: TropaDatabase, rows: readonly DocUpdate[]): Promise<boolean> {
  return db.transaction('rw', db.docUpdates, async () => {
    if ((await db.docUpdates.count()) > 0) return false;
    await appendUpdates(db, rows);
    return true;
  });
}
