// Imports as store steps: the input is read and checked completely first; only a valid one
// becomes ONE apply() - one undo step, and one batch for the saver (one IndexedDB transaction).
// On any problem the store is not touched.
import { newId } from '../domain/ids';
import {
  addImported,
  createMapFromTable,
  planImport,
  readFileText,
  readTableText,
  type ImportSummary,
  type Outcome,
  type TableOptions,
} from '../domain/transfer';
import type { Id } from '../domain/types';
import { workspaceStore as appStore } from './workspace';
import type { WorkspaceStore } from './workspaceStore';

export interface ImportNaming {
  /** "X (imported)", "X (imported 2)"... for a title already taken. */
  renamed: (title: string, attempt: number) => string;
}

/** A Tropa file's text into the workspace as new records. */
export function importFileText(text: string, naming: ImportNaming, store: WorkspaceStore = appStore): Outcome<ImportSummary> {
  const read = readFileText(text);
  if (!read.ok) return read;
  const file = read.value;
  const summary = store.apply((ws) => addImported(ws, planImport(file, ws, { newId, now: Date.now(), renamed: naming.renamed })));
  return { ok: true, value: summary };
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
