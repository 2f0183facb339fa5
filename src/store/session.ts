// Opens the database, loads the workspace's documents into the store and keeps them stored:
// every document update is saved in batches, other tabs' updates arrive on the tab channel.
// When the browser gives no storage, Tropa still opens (in memory, on the demo workspace) and
// says so.
import { buildDemoWorkspace } from '../domain/demo/demoWorkspace';
import { errorReason } from '../domain/errorReason';
import { TropaDatabase } from '../db/database';
import { readJournals, removeJournals, writeJournal } from '../db/closeJournal';
import { appendUpdates, compactDoc, type StoredDocs } from '../db/docStore';
import { createSaver, type Saver } from '../db/saver';
import { encodeWorkspace } from '../sync/encodeWorkspace';
import { ORIGIN } from '../sync/origins';
import { openTabChannel } from '../sync/tabChannel';
import type { WorkspaceDocs } from '../sync/workspaceDocs';
import { detectLanguage } from '../i18n/language';
import { reportSaveStatus } from './saveStatus';
import { useStorageStatus } from './storageStatus';
import { loadStoredDocs } from './storedDocs';
import { workspaceStore } from './workspace';

let saver: Saver | null = null;

/** How long opening may take before Tropa gives up and works in memory (unless another tab blocks it). */
const OPEN_TIMEOUT_MS = 10_000;
/** A document with more stored updates than this is folded into one. */
const COMPACT_AFTER = 1000;

export async function startSession(): Promise<void> {
  const seed = () => buildDemoWorkspace(detectLanguage(), Date.now());
  let db: TropaDatabase;
  try {
    db = new TropaDatabase(undefined, () => encodeWorkspace(seed()));
    // This tab brings a newer schema while an older tab keeps the database open: say so while
    // waiting (that tab is told to reload and lets go).
    db.on('blocked', () => useStorageStatus.setState({ blocked: true }));
    await openWithin(db, OPEN_TIMEOUT_MS);
  } catch (error) {
    return startInMemory(error, seed);
  }
  useStorageStatus.setState({ blocked: false });

  // Updates a tab could not store before it closed are newer than the database: they are
  // applied with it, and their journals removed only once they are stored again.
  const journals = readJournals(localStorage);
  let stored: StoredDocs;
  try {
    stored = await loadStoredDocs(db);
  } catch (error) {
    db.close();
    return startInMemory(error, seed);
  }
  const loaded = new Map(stored.updates);
  for (const { docId, update } of journals.rows) loaded.set(docId, [...(loaded.get(docId) ?? []), update]);
  workspaceStore.loadDocs(loaded);
  useStorageStatus.setState({ mode: 'database' });

  // Only now may anything be written: an empty store must never overwrite saved data.
  const counts = new Map([...stored.seqs].map(([docId, seqs]) => [docId, seqs.length]));
  const current = saver = createSaver({
    write: (rows) => appendUpdates(db, rows),
    onStatus: reportSaveStatus,
    onWritten: (docIds) => {
      for (const docId of docIds) counts.set(docId, (counts.get(docId) ?? 0) + 1);
      if (current.status() === 'saved' && journals.keys.length) {
        removeJournals(localStorage, journals.keys);
        journals.keys = [];
      }
      for (const docId of docIds) if ((counts.get(docId) ?? 0) > COMPACT_AFTER) void compact(db, docId, counts);
    },
  });
  const persist = (docs: WorkspaceDocs) =>
    docs.onUpdate((docId, update, origin) => {
      if (origin !== ORIGIN.stored) current.add(docId, update);
    });
  let stopPersisting = persist(workspaceStore.docs());
  for (const { docId, update } of journals.rows) current.add(docId, update);
  const tabs = openTabChannel(workspaceStore.docs(), (error) => console.warn('Tropa: could not apply another tab’s change', error));
  workspaceStore.onReplace((docs) => {
    stopPersisting();
    stopPersisting = persist(docs);
    tabs.attach(docs);
  });
  // Fold documents stored as many updates into one, once the app is up.
  setTimeout(() => {
    for (const [docId, seqs] of stored.seqs) if (seqs.length > 1) void compact(db, docId, counts);
  }, 2_000);

  // A newer Tropa in another tab upgrades the database: write what is pending, let go of the
  // database so the upgrade can proceed, and write nothing more (this code knows the old schema).
  db.on('versionchange', () => {
    void current.flush().finally(() => {
      current.stop();
      tabs.close();
      db.close();
      useStorageStatus.setState({ mode: 'outdated' });
    });
    return false; // Dexie's own handler would close at once, before the flush.
  });

  // Leaving: the unsaved updates go to the journal at once (a synchronous write that closing the
  // tab cannot cut off), then to IndexedDB; a durable write with nothing left pending clears it.
  const tabId = crypto.randomUUID();
  const flushNow = () => {
    writeJournal(localStorage, tabId, current.unsaved());
    void current.flush().then(() => {
      if (current.status() === 'saved') writeJournal(localStorage, tabId, []);
    });
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
  void requestPersistence();
}

async function compact(db: TropaDatabase, docId: string, counts: Map<string, number>): Promise<void> {
  counts.set(docId, 0);
  try {
    const seqs = await db.docUpdates.where('docId').equals(docId).primaryKeys();
    await compactDoc(db, docId, seqs, workspaceStore.docs().encode(docId));
    counts.set(docId, 1);
  } catch (error) {
    console.warn('Tropa: could not compact a document', error);
  }
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
