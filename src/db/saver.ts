import type { RecordKey, Workspace } from '../domain/types';
import type { RowChange } from './workspaceRepository';

/** 'off': nothing is being saved at all (no storage, or another tab upgraded the database). */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'off';

export interface SaverOptions {
  /** Reads the current value of the workspace when a batch is written. */
  getWorkspace: () => Workspace;
  write: (changes: RowChange[]) => Promise<void>;
  /** How long edits gather before one write; well under the 1 s durability promise. */
  delayMs?: number;
  /** Wait before retrying a failed write. */
  retryMs?: number;
  onStatus?: (status: SaveStatus, error?: unknown) => void;
  /** Called after each successful write with the records it wrote (other tabs are told). */
  onWritten?: (keys: RecordKey[]) => void;
}

export interface Saver {
  markDirty(keys: RecordKey[]): void;
  /** Write everything pending now; resolves when it is durable (or has failed). */
  flush(): Promise<void>;
  status(): SaveStatus;
  /** The current values of every record not yet durable: pending, or in a write still running. */
  unsavedChanges(): RowChange[];
  /** Whether this record has an edit not yet handed to the database. */
  isPending(key: RecordKey): boolean;
  /** Stop for good: nothing more is written (the database was closed under us). */
  stop(): void;
  dispose(): void;
}

/**
 * Gathers touched records and writes their latest values in batches. A record edited many
 * times between writes is written once, with its final value; a deleted one is deleted.
 */
export function createSaver(options: SaverOptions): Saver {
  const delayMs = options.delayMs ?? 250;
  const retryMs = options.retryMs ?? 2000;
  const pending = new Map<string, RecordKey>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let current: SaveStatus = 'saved';
  let disposed = false;
  let firstDirtyAt: number | null = null;
  /** The batch being written: not durable until its transaction commits. */
  let inFlight: RecordKey[] = [];

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
    const dirtySince = firstDirtyAt;
    firstDirtyAt = null;
    const batch = [...pending.values()];
    pending.clear();
    inFlight = batch;
    const workspace = options.getWorkspace();
    const changes: RowChange[] = batch.map((key) => ({
      ...key,
      value: (workspace[key.table] as Record<string, unknown>)[key.id],
    }));
    setStatus('saving');
    try {
      const written = options.write(changes);
      performance.measure('tropa:save-main-thread', { start: syncStart, end: performance.now() });
      try {
        await written;
      } finally {
        inFlight = [];
      }
      if (dirtySince !== null) performance.measure('tropa:save-durable', { start: dirtySince, end: performance.now() });
      setStatus(pending.size ? 'pending' : 'saved');
      options.onWritten?.(batch);
    } catch (error) {
      // Keep the batch: the in-memory state is the truth until it reaches the disk.
      for (const key of batch) if (!pending.has(`${key.table}/${key.id}`)) pending.set(`${key.table}/${key.id}`, key);
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
    // One write at a time, so an older batch never lands after a newer one.
    while (running) await running;
    if (pending.size === 0 || disposed) return;
    running = writeBatch().finally(() => {
      running = null;
    });
    await running;
  }

  return {
    markDirty(keys) {
      if (disposed) return;
      firstDirtyAt ??= performance.now();
      for (const key of keys) pending.set(`${key.table}/${key.id}`, key);
      if (current !== 'failed') setStatus('pending');
      schedule(delayMs);
    },
    flush,
    status: () => current,
    unsavedChanges() {
      const workspace = options.getWorkspace();
      const keys = new Map<string, RecordKey>();
      for (const key of [...inFlight, ...pending.values()]) keys.set(`${key.table}/${key.id}`, key);
      return [...keys.values()].map((key) => ({ ...key, value: (workspace[key.table] as Record<string, unknown>)[key.id] }));
    },
    isPending: (key) => pending.has(`${key.table}/${key.id}`),
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
