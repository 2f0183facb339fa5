// Opens the database, loads the workspace into the store and keeps the two in step.
import { buildDemoWorkspace } from '../domain/demo/demoWorkspace';
import { TropaDatabase } from '../db/database';
import { createSaver, type Saver } from '../db/saver';
import { loadWorkspace, writeRows } from '../db/workspaceRepository';
import { detectLanguage } from '../i18n/language';
import { reportSaveStatus } from './saveStatus';
import { workspaceStore } from './workspace';

let saver: Saver | null = null;

export async function startSession(): Promise<void> {
  const db = new TropaDatabase(undefined, () => buildDemoWorkspace(detectLanguage(), Date.now()));
  const workspace = await loadWorkspace(db);
  workspaceStore.load(workspace);
  // Only now may anything be written: an empty store must never overwrite saved data.
  saver = createSaver({
    getWorkspace: () => workspaceStore.store.getState().workspace,
    write: (changes) => writeRows(db, changes),
    onStatus: reportSaveStatus,
  });
  workspaceStore.onChange((keys) => saver?.markDirty(keys));
  const flushNow = () => void saver?.flush();
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

/** Resolves when every edit made so far is in IndexedDB. */
export function flushSaves(): Promise<void> {
  return saver?.flush() ?? Promise.resolve();
}
