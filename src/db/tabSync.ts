// Keeps several tabs of Tropa on one workspace in step. After each write the saver's records
// are announced on a BroadcastChannel; the other tabs read those rows back from IndexedDB (the
// database is the one truth, so every tab ends with the value that was written last) and merge
// them into their store.
import type { RecordKey } from '../domain/types';
import type { RemoteRecord } from '../store/workspaceStore';
import type { TropaDatabase } from './database';

export const SYNC_CHANNEL = 'tropa-sync';

interface SyncMessage {
  keys: RecordKey[];
}

export interface TabSyncOptions {
  /** Records read back after another tab wrote them; called in the order the writes were announced. */
  onRemote: (records: RemoteRecord[]) => void;
  /** Log, never throw: a failed read only delays the sync until the record is written again. */
  onError?: (error: unknown) => void;
}

export interface TabSync {
  /** Tell the other tabs which records this tab has just written. */
  announce(keys: RecordKey[]): void;
  /** Start merging. Announcements received before (during the initial load) are replayed then. */
  start(): void;
  close(): void;
}

export function createTabSync(db: TropaDatabase, options: TabSyncOptions): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { announce() {}, start() {}, close() {} };
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  let started = false;
  let queued: RecordKey[] = [];
  // Reads run one after another, so an older value never lands after a newer one.
  let reading: Promise<void> = Promise.resolve();

  const readBack = (keys: RecordKey[]) => {
    reading = reading
      .then(async () => {
        const tables = [...new Set(keys.map((k) => k.table))];
        const records: RemoteRecord[] = [];
        await db.transaction('r', tables, async () => {
          for (const table of tables) {
            const ids = keys.filter((k) => k.table === table).map((k) => k.id);
            const rows = await db.table(table).bulkGet(ids);
            ids.forEach((id, i) => records.push({ table, id, value: rows[i] }));
          }
        });
        options.onRemote(records);
      })
      .catch((error: unknown) => options.onError?.(error));
  };

  channel.onmessage = (event: MessageEvent<SyncMessage>) => {
    const keys = event.data?.keys;
    if (!Array.isArray(keys) || keys.length === 0) return;
    if (started) readBack(keys);
    else queued.push(...keys);
  };

  return {
    announce(keys) {
      if (keys.length) channel.postMessage({ keys: keys.map(({ table, id }) => ({ table, id })) } satisfies SyncMessage);
    },
    start() {
      started = true;
      if (queued.length) readBack(queued);
      queued = [];
    },
    close() {
      channel.close();
    },
  };
}
