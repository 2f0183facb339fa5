import { enablePatches, produce, produceWithPatches, applyPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyWorkspace, type EntityTable, type Workspace } from '../domain/types';
import { changedRecords, type RecordKey } from './changedRecords';

enablePatches();

export const HISTORY_LIMIT = 500;

interface HistoryEntry {
  patches: Patch[];
  inverse: Patch[];
}

export type LoadState = 'loading' | 'ready' | 'failed';

export interface WorkspaceState {
  workspace: Workspace;
  loadState: LoadState;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** An edit: mutates the draft workspace through domain operations. */
export type Recipe<R = void> = (draft: Workspace) => R;

/** A record as another tab wrote it: its stored value, or undefined when it was deleted. */
export interface RemoteRecord {
  table: EntityTable;
  id: string;
  value: unknown;
}

export interface WorkspaceStore {
  store: StoreApi<WorkspaceState>;
  /** Replace the whole workspace (initial load, another tab's data). Never recorded in history. */
  load(workspace: Workspace): void;
  /**
   * Take records another tab wrote. Not an edit of this tab: not recorded in history and not
   * reported to onChange listeners (the saver must not write them back).
   */
  merge(records: readonly RemoteRecord[]): void;
  /** Apply one user gesture as one undoable step. Returns what the recipe returned. */
  apply<R>(recipe: Recipe<R>): R;
  undo(): boolean;
  redo(): boolean;
  /** Called with the records that each applied, undone or redone step touched. */
  onChange(listener: (keys: RecordKey[]) => void): () => void;
}

export function createWorkspaceStore(initial: Workspace = emptyWorkspace()): WorkspaceStore {
  const store = createStore<WorkspaceState>(() => ({
    workspace: initial,
    loadState: 'loading',
    past: [],
    future: [],
  }));
  const listeners = new Set<(keys: RecordKey[]) => void>();
  const emit = (patches: Patch[]) => {
    const keys = changedRecords(patches);
    if (keys.length) for (const listener of listeners) listener(keys);
  };

  /** Move one step from one history stack to the other, applying that step's patches. */
  const travel = (from: 'past' | 'future', to: 'past' | 'future', direction: 'inverse' | 'patches'): boolean => {
    const state = store.getState();
    const entry = state[from].at(-1);
    if (!entry) return false;
    store.setState({
      workspace: applyPatches(state.workspace, entry[direction]),
      [from]: state[from].slice(0, -1),
      [to]: [...state[to], entry],
    });
    emit(entry[direction]);
    return true;
  };

  return {
    store,
    load(workspace) {
      store.setState({ workspace, loadState: 'ready', past: [], future: [] });
    },
    merge(records) {
      if (records.length === 0) return;
      const state = store.getState();
      const changed = new Set<string>();
      let any = false;
      const workspace = produce(state.workspace, (draft) => {
        for (const { table, id, value } of records) {
          const rows = draft[table] as Record<string, unknown>;
          const local = (state.workspace[table] as Record<string, unknown>)[id];
          if (value === undefined) {
            if (local === undefined) continue;
            delete rows[id];
          } else {
            if (sameRecord(local, value)) continue;
            rows[id] = value;
          }
          any = true;
          // Every card edit also stamps its map's updatedAt: that alone is no conflict.
          if (!sameRecord(local, value, 'updatedAt')) changed.add(`${table}/${id}`);
        }
      });
      if (!any) return;
      // Undo history of records another tab changed: a step recorded here holds patches made
      // against this tab's old value of the record. Undoing it now would silently overwrite the
      // other tab's newer work (or fail on a record that tab deleted). So the step that touched
      // such a record is dropped, and every step behind it on the same stack too, because those
      // were recorded on top of it. Steps nearer the top touch only untouched records and stay:
      // the user can still undo their latest unrelated work, and never undoes someone else's.
      store.setState({
        workspace,
        past: keepAboveConflict(state.past, changed),
        future: keepAboveConflict(state.future, changed),
      });
    },
    apply<R>(recipe: Recipe<R>): R {
      let result!: R;
      const [next, patches, inverse] = produceWithPatches(store.getState().workspace, (draft) => {
        result = recipe(draft as Workspace);
      });
      if (patches.length === 0) return result;
      const past = [...store.getState().past, { patches, inverse }];
      if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
      store.setState({ workspace: next, past, future: [] });
      emit(patches);
      return result;
    },
    undo: () => travel('past', 'future', 'inverse'),
    redo: () => travel('future', 'past', 'patches'),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The entries of a history stack (top = last) above the topmost one that touches a changed record. */
function keepAboveConflict(stack: HistoryEntry[], changed: Set<string>): HistoryEntry[] {
  if (changed.size === 0) return stack;
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    const touches = changedRecords(entry.patches).some((key) => changed.has(`${key.table}/${key.id}`));
    if (touches) return stack.slice(i + 1);
  }
  return stack;
}

/** Field-by-field equality of two records, ignoring one field if asked. */
function sameRecord(a: unknown, b: unknown, ignore?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) {
    if (key === ignore) continue;
    const x = ra[key];
    const y = rb[key];
    if (x === y) continue;
    // Blobs (persona photos) are compared by identity only: a different Blob is a change.
    if (x instanceof Blob || y instanceof Blob) return false;
    if (typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}
