// Imports as store steps: the input is read and checked completely first; only a valid one
// becomes ONE apply() - one undo step, and one batch for the saver (one IndexedDB transaction).
// On any problem the store is not touched.
import { newId } from '../domain/ids';
import { loadPhotoBytes } from '../domain/photoBytes';
import {
  addImported,
  createMapFromTable,
  existingMaps,
  planImport,
  readFileText,
  readTableText,
  type ExistingMap,
  type ImportMode,
  type ImportSummary,
  type Outcome,
  type TableOptions,
  type TropaFile,
} from '../domain/transfer';
import type { Id } from '../domain/types';
import { workspaceStore as appStore } from './workspace';
import type { WorkspaceStore } from './workspaceStore';

export interface ImportNaming {
  /** "X (imported)", "X (imported 2)"... for a title already taken. */
  renamed: (title: string, attempt: number) => string;
}

/** A Tropa file's text into the workspace: new copies, or in place of the maps it already has. */
export function importFileText(text: string, naming: ImportNaming, store: WorkspaceStore = appStore, mode: ImportMode = 'copy'): Outcome<ImportSummary> {
  const read = readFileText(text);
  if (!read.ok) return read;
  return { ok: true, value: applyImport(read.value, mode, naming, store) };
}

/**
 * A Tropa file's text checked, with the maps of it the workspace already has (to ask whether to
 * replace them). The workspace's persona photos are read meanwhile, so an identical persona
 * is recognised by its photo's bytes when the import is applied.
 */
export async function readImportText(text: string, store: WorkspaceStore = appStore): Promise<Outcome<{ file: TropaFile; existing: ExistingMap[] }>> {
  const read = readFileText(text);
  if (!read.ok) return read;
  const personas = Object.values(store.store.getState().workspace.personas);
  // A photo that cannot be read only keeps its persona from being recognised: it is copied.
  await Promise.all(personas.map((p) => (p.photo instanceof Blob ? loadPhotoBytes(p.photo).catch(() => null) : null)));
  return { ok: true, value: { file: read.value, existing: existingMaps(read.value, store.store.getState().workspace) } };
}

/** A checked file into the workspace as one step; what exists is looked up again at this moment. */
export function applyImport(file: TropaFile, mode: ImportMode, naming: ImportNaming, store: WorkspaceStore = appStore): ImportSummary {
  return store.apply((ws) => addImported(ws, planImport(file, ws, { newId, now: Date.now(), renamed: naming.renamed, mode })));
}

/** A pasted or uploaded table into a new map. */
export function importTableText(
  text: string,
  options: TableOptions & ImportNaming,
  store: WorkspaceStore = appStore,
): Outcome<{ mapId: Id; title: string; stages: number; lanes: number; cards: number }> {
  const read = readTableText(text, options);
  if (!read.ok) return read;
  const plan = read.value;
  const map = store.apply((ws) => createMapFromTable(ws, plan, { newId, now: Date.now(), renamed: options.renamed }));
  return { ok: true, value: { mapId: map.id, title: map.title, stages: plan.stages.length, lanes: plan.lanes.length, cards: plan.cardCount } };
}
