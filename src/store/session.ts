// Opens the database, loads the workspace into the store and keeps the two in step: the saver
// writes this tab's edits, the tab sync brings in other tabs' writes. When the browser gives no
// storage, Tropa still opens (in memory, on the demo workspace) and says so.
import { buildDemoWorkspace } from '../domain/demo/demoWorkspace';
import { orphanRecords } from '../domain/orphans';
import { TropaDatabase } from '../db/database';
import { forgetInJournals, takeJournals, writeJournal } from '../db/closeJournal';
import { createSaver, type Saver } from '../db/saver';
import { errorReason } from '../db/storageErrors';
import { createTabSync, type TabSync } from '../db/tabSync';
import { loadWorkspace, writeRows } from '../db/workspaceRepository';
import { detectLanguage } from '../i18n/language';
import { reportSaveStatus } from './saveStatus';
import { useStorageStatus } from './storageStatus';
import { workspaceStore } from './workspace';

let saver: Saver | null = null;

/** How long opening may take before Tropa gives up and works in memory (unless another tab blocks it). */
const OPEN_TIMEOUT_MS = 10_000;

export async function startSession(): Promise<void> {
  const seed = () => buildDemoWorkspace(detectLanguage(), Date.now());
  let db: TropaDatabase;
  try {
    db = new TropaDatabase(undefined, seed);
    // This tab brings a newer schema while an older tab keeps the database open: say so while
    // waiting (that tab is told to reload and lets go).
    db.on('blocked', () => useStorageStatus.setState({ blocked: true }));
    await openWithin(db, OPEN_TIMEOUT_MS);
  } catch (error) {
    return startInMemory(error, seed);
  }
  useStorageStatus.setState({ blocked: false });

  // Listen before loading: a write announced while the workspace loads is replayed after.
  const sync: TabSync = createTabSync(db, {
    onRemote: (records) => {
      // This tab's own unsaved edit of a record is newer than what the other tab wrote: keep it;
      // it is written next and announced, and the other tab takes it.
      workspaceStore.merge(records.filter((r) => !saver?.isPending(r)));
      // A record kept for its local edit may now point at something the other tab deleted (a
      // card on a deleted stage): remove such orphans here and in the database, for both tabs.
      // Only this tab's unsaved edits can make them, so without any there is nothing to scan.
      if (!saver || saver.unsavedChanges().length === 0) return;
      const orphans = orphanRecords(workspaceStore.store.getState().workspace);
      if (orphans.length) {
        workspaceStore.merge(orphans.map((key) => ({ ...key, value: undefined })));
        saver.markDirty(orphans);
      }
    },
    onError: (error) => console.warn('Tropa: could not read another tab’s changes', error),
  });

  let workspace;
  try {
    // Edits a tab could not save before it closed come first: they are newer than the database.
    const journal = takeJournals(localStorage);
    if (journal.length) await writeRows(db, journal);
    workspace = await loadWorkspace(db);
  } catch (error) {
    sync.close();
    db.close();
    return startInMemory(error, seed);
  }
  workspaceStore.load(workspace);
  useStorageStatus.setState({ mode: 'database' });
  // Only now may anything be written: an empty store must never overwrite saved data.
  saver = createSaver({
    getWorkspace: () => workspaceStore.store.getState().workspace,
    write: (changes) => writeRows(db, changes),
    onStatus: reportSaveStatus,
    onWritten: (keys) => {
      forgetInJournals(localStorage, keys);
      sync.announce(keys);
    },
  });
  workspaceStore.onChange((keys) => saver?.markDirty(keys));
  sync.start();

  // A newer Tropa in another tab upgrades the database: write what is pending, let go of the
  // database so the upgrade can proceed, and write nothing more (this code knows the old schema).
  db.on('versionchange', () => {
    const closing = saver;
    void (closing?.flush() ?? Promise.resolve()).finally(() => {
      closing?.stop();
      sync.close();
      db.close();
      useStorageStatus.setState({ mode: 'outdated' });
    });
    return false; // Dexie's own handler would close at once, before the flush.
  });

  // Leaving: the unsaved records go to the journal at once (a synchronous write that closing the
  // tab cannot cut off), then to IndexedDB; each durable write takes its records out of every
  // journal again (onWritten above).
  const tabId = crypto.randomUUID();
  const flushNow = () => {
    const current = saver;
    if (!current) return;
    writeJournal(localStorage, tabId, current.unsavedChanges());
    void current.flush();
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
  void requestPersistence();
}

/** No usable IndexedDB (private mode, storage disabled, open failed): work in this tab only. */
function startInMemory(error: unknown, seed: () => ReturnType<typeof buildDemoWorkspace>): void {
  console.error('Tropa: storage unavailable, working in memory', error);
  workspaceStore.load(seed());
  useStorageStatus.setState({ mode: 'memory', reason: errorReason(error), blocked: false });
  reportSaveStatus('off');
}

async function openWithin(db: TropaDatabase, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const check = () => {
      // Waiting for an older tab is not a failure: keep waiting as long as it blocks.
      if (useStorageStatus.getState().blocked) timer = setTimeout(check, ms);
      else reject(new Error('IndexedDB did not open'));
    };
    timer = setTimeout(check, ms);
  });
  try {
    await Promise.race([db.open(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Ask the browser not to evict the workspace under storage pressure, and remember its answer. */
async function requestPersistence(): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return;
  try {
    const persisted = (await storage.persisted?.()) || (await storage.persist());
    useStorageStatus.setState({ persisted });
  } catch {
    useStorageStatus.setState({ persisted: false });
  }
}

/** Resolves when every edit made so far is in IndexedDB. */
export function flushSaves(): Promise<void> {
  return saver?.flush() ?? Promise.resolve();
}
