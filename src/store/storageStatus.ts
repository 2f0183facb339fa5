import { create } from 'zustand';

/**
 * Where the workspace lives. 'database': IndexedDB, every edit is saved. 'memory': the browser
 * gave no storage, work lives in this tab only. 'outdated': a newer Tropa upgraded the database
 * in another tab; this tab writes nothing more and asks to be reloaded.
 */
export type StorageMode = 'opening' | 'database' | 'memory' | 'outdated';

interface StorageStatusState {
  mode: StorageMode;
  /** Why storage is unavailable (memory mode), in the browser's words. */
  reason: string | null;
  /** The browser promised not to evict the workspace (navigator.storage.persist); null: unknown. */
  persisted: boolean | null;
  /** This tab waits to upgrade the database while an older tab still holds it open. */
  blocked: boolean;
}

export const useStorageStatus = create<StorageStatusState>(() => ({
  mode: 'opening',
  reason: null,
  persisted: null,
  blocked: false,
}));
