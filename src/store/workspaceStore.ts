import { enablePatches, produceWithPatches, applyPatches, type Patch } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyWorkspace, type Workspace } from '../domain/types';
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

export interface WorkspaceStore {
  store: StoreApi<WorkspaceState>;
  /** Replace the whole workspace (initial load, another tab's data). Never recorded in history. */
  load(workspace: Workspace): void;
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
