// Writes document updates to IndexedDB in batches. Every update reaches the database within a
// second (250 ms batches); a failed write (storage full) keeps its updates and retries, so the
// tab's state stays the truth until it is on disk. Updates are idempotent: writing one twice
// (a retry after an uncertain failure, a journal replayed) costs space, never data.
import * as Y from 'yjs';
import { keepRecentMeasures } from '../domain/timings';
import type { DocUpdate } from './database';

/** 'off': nothing is being saved at all (no storage, or another tab upgraded the database). */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'off';

export interface SaverOptions {
  write: (rows: DocUpdate[]) => Promise<void>;
  /** How long updates gather before one write; well under the 1 s durability promise. */
  delayMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  onStatus?: (status: SaveStatus, error?: unknown) => void;
  /** Called after each successful write with the documents it wrote to. */
  onWritten?: (docIds: string[]) => void;
}

export interface Saver {
  add(docId: string, update: Uint8Array): void;
  /** Write everything pending now; resolves when it is durable (or has failed). */
  flush(): Promise<void>;
  status(): SaveStatus;
  /** Every update not yet durable (pending or in a write still running), merged per document. */
  unsaved(): DocUpdate[];
  /** Stop for good: nothing more is written (the database was closed under us). */
  stop(): void;
  dispose(): void;
}

export function createSaver(options: SaverOptions): Saver {
  const delayMs = options.delayMs ?? 250;
  const retryMs = options.retryMs ?? 2000;
  let pending: DocUpdate[] = [];
  let inFlight: DocUpdate[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let current: SaveStatus = 'saved';
  let disposed = false;
  let firstPendingAt: number | null = null;

  const setStatus = (status: SaveStatus, error?: unknown) => {
    current = status;
    options.onStatus?.(status, error);
  };

  const schedule = (ms: number) => {
    if (timer !== null || disposed) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  };

  const writeBatch = async () => {
    // User Timing marks: `npm run bench` reads them to report the saver's cost per edit.
    const syncStart = performance.now();
    const dirtySince = firstPendingAt;
    firstPendingAt = null;
    // Written as they came, one row each in one transaction: merging them here would cost the
    // main thread more than the rows cost the disk (compaction folds them later).
    const batch = pending;
    pending = [];
    inFlight = batch;
    setStatus('saving');
    try {
      const written = options.write(batch);
      performance.measure('tropa:save-main-thread', { start: syncStart, end: performance.now() });
      await written;
      inFlight = [];
      // Stopped while this write ran (the database is closing under us): 'off' stays the word.
      if (disposed) return;
      if (dirtySince !== null) performance.measure('tropa:save-durable', { start: dirtySince, end: performance.now() });
      // One of each per save: keep the recent ones only, or they grow for the life of the tab.
      keepRecentMeasures('tropa:save-main-thread');
      keepRecentMeasures('tropa:save-durable');
      setStatus(pending.length ? 'pending' : 'saved');
      options.onWritten?.(batch.map((row) => row.docId));
    } catch (error) {
      // Keep the batch, ahead of what came since: the in-memory documents are the truth until
      // they reach the disk.
      pending = [...batch, ...pending];
      inFlight = [];
      if (disposed) return;
      setStatus('failed', error);
      schedule(retryMs);
    }
  };

  async function flush(): Promise<void> {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    // One write at a time, so batches land in order.
    while (running) await running;
    if (pending.length === 0 || disposed) return;
    running = writeBatch().finally(() => {
      running = null;
    });
    await running;
  }

  return {
    add(docId, update) {
      if (disposed) return;
      firstPendingAt ??= performance.now();
      pending.push({ docId, update });
      if (current !== 'failed') setStatus('pending');
      schedule(delayMs);
    },
    flush,
    status: () => current,
    unsaved: () => mergePerDoc([...inFlight, ...pending]),
    stop() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      setStatus('off');
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/** One update per document, for the close journal: small enough for localStorage. */
function mergePerDoc(rows: readonly DocUpdate[]): DocUpdate[] {
  const byDoc = new Map<string, Uint8Array[]>();
  for (const { docId, update } of rows) {
    const list = byDoc.get(docId);
    if (list) list.push(update);
    else byDoc.set(docId, [update]);
  }
  return [...byDoc].map(([docId, updates]) => ({ docId, update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) }));
}
