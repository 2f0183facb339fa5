// The read model the screens subscribe to, kept in step with the Yjs documents that hold the
// workspace. A local edit is an immer recipe over the plain workspace (the domain operations);
// the records it changed are written into the documents as one transaction per document, which
// is one undo step of this tab. Changes from elsewhere (another tab, an undo, later a room) come
// back from the documents record by record, are checked, and replace those records here, so a
// component re-renders only when a record it reads changed.
import { enablePatches, produce, produceWithPatches } from 'immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { withDefaults } from '../domain/recordDefaults';
import { hasRecordShape } from '../domain/recordShape';
import { emptyWorkspace, type RecordKey, type Workspace } from '../domain/types';
import { pendingPhoto } from '../sync/records';
import { TabUndo } from '../sync/tabUndo';
import { docIdFor, WorkspaceDocs, type Plain, type RecordChange } from '../sync/workspaceDocs';
import { loadPhotoBytes } from '../domain/photoBytes';
import { changedRecords } from './changedRecords';
import { checkEdit, LimitExceeded } from '../domain/limits';
import { settleOrphans, type Located } from './orphans';
import { ORIGIN } from '../sync/origins';
import { changesFrom } from '../sync/encodeWorkspace';

enablePatches();

export { HISTORY_LIMIT } from '../sync/tabUndo';

export type LoadState = 'loading' | 'ready' | 'failed';

export interface WorkspaceState {
  workspace: Workspace;
  loadState: LoadState;
  /** Steps this tab can undo and redo. */
  undoDepth: number;
  redoDepth: number;
}

/** An edit: mutates the draft workspace through domain operations. */
export type Recipe<R = void> = (draft: Workspace) => R;

export interface EditOptions {
  /** Card text each edited card started from (card id -> text): the edit merges into newer text. */
  textBases?: ReadonlyMap<string, string>;
}

export interface WorkspaceStore {
  store: StoreApi<WorkspaceState>;
  /** The documents behind the current workspace (replaced by load and loadDocs). */
  docs(): WorkspaceDocs;
  /** This tab's own edits carry this origin: undo tracks it. */
  readonly origin: object;
  /** Replace the whole workspace (memory mode, tests). Never an undo step. */
  load(workspace: Workspace): void;
  /** Replace the workspace with stored documents (updates per document id). */
  loadDocs(stored: ReadonlyMap<string, readonly Uint8Array[]>): void;
  /** Apply one user gesture as one undoable step. Returns what the recipe returned. */
  apply<R>(recipe: Recipe<R>, options?: EditOptions): R;
  undo(): boolean;
  redo(): boolean;
  /** Called whenever new documents replace the old ones (the persistence re-attaches). */
  onReplace(listener: (docs: WorkspaceDocs) => void): () => void;
}

/** Fields that place a record on its map: a change of one may make or settle an orphan. */
const REFERENCES = ['mapId', 'stageId', 'laneId', 'fromCardId', 'toCardId'] as const;

export function createWorkspaceStore(initial: Workspace = emptyWorkspace()): WorkspaceStore {
  const origin = { tab: 'local' };
  const store = createStore<WorkspaceState>(() => ({ workspace: initial, loadState: 'loading', undoDepth: 0, redoDepth: 0 }));
  const replaceListeners = new Set<(docs: WorkspaceDocs) => void>();
  let docs = new WorkspaceDocs();
  let undo = attach(docs);
  /** Records waiting, unseen, for what they point at (see orphans.ts). */
  const hidden = new Map<string, Located>();
  /** Records read without a field they need, waiting while updates are pending (see dropUnusable). */
  const incomplete = new Map<string, Located>();

  function attach(next: WorkspaceDocs): TabUndo {
    next.onChange((docId, keys, from) => {
      if (from === origin || from === ORIGIN.stored) return;
      mergeFromDocs(docId, keys);
    });
    return new TabUndo(next, origin, (undoDepth, redoDepth) => store.setState({ undoDepth, redoDepth }));
  }

  /** Take records the documents hold now into the store: checked, orphans left out. */
  function mergeFromDocs(docId: string, keys: readonly RecordKey[]): void {
    const before = store.getState().workspace;
    let structural = false;
    const unusable: Located[] = [];
    const workspace = produce(before, (draft) => {
      for (const { table, id } of keys) {
        const rows = draft[table] as Record<string, unknown>;
        const read = docs.read(docId, table, id);
        const value = read && withDefaults(table, read);
        const local = (before[table] as unknown as Record<string, Plain>)[id];
        if (value === undefined || !hasRecordShape(table, id, value)) {
          // Gone from this document: gone, unless the record now lives in another one.
          if (local && docIdFor(table, local) === docId) delete rows[id];
          if (value !== undefined) unusable.push({ table, id, docId });
          structural = true;
        } else {
          rows[id] = value;
          // Orphans can only appear or be settled when a record comes, goes or is re-placed:
          // a text edit (most remote changes) never needs the scan of the whole workspace.
          if (!local || REFERENCES.some((field) => local[field] !== value[field])) structural = true;
        }
      }
    });
    dropUnusable(unusable);
    const next = structural ? withoutOrphans(workspace) : workspace;
    if (next !== before) store.setState({ workspace: next });
  }

  /**
   * A record that lacks what places it (an undo brought back a card without the stage someone
   * else moved it to meanwhile: Yjs restores no field another person changed) cannot be shown.
   * While updates are still pending, a field may only be on its way: then it waits. Otherwise it
   * is removed, in every tab alike: the undo brings it back properly or not at all.
   */
  function dropUnusable(records: Located[]): void {
    for (const r of records) incomplete.set(`${r.table}/${r.id}`, r);
    if (incomplete.size === 0) return;
    const settled: Located[] = [];
    for (const [key, r] of incomplete) {
      const read = docs.read(r.docId, r.table, r.id);
      // Gone, or complete after all (the missing field arrived): nothing to do.
      if (!read || hasRecordShape(r.table, r.id, withDefaults(r.table, read))) incomplete.delete(key);
      else if (!docs.hasPending(r.docId)) {
        incomplete.delete(key);
        settled.push(r);
      }
    }
    if (settled.length) queueMicrotask(() => docs.remove(settled, ORIGIN.repair));
  }

  /** Orphans hidden (and, when their reference is proven deleted, removed from the documents). */
  function withoutOrphans(workspace: Workspace): Workspace {
    const settled = settleOrphans(workspace, docs, hidden);
    if (settled.removals.length) queueMicrotask(() => docs.remove(settled.removals, ORIGIN.repair));
    return settled.workspace;
  }

  function replaceDocs(next: WorkspaceDocs): void {
    docs.destroy();
    docs = next;
    undo = attach(next);
    hidden.clear();
    incomplete.clear();
    store.setState({ workspace: withoutOrphans(snapshot(next)), loadState: 'ready', undoDepth: 0, redoDepth: 0 });
    for (const listener of replaceListeners) listener(next);
  }

  return {
    store,
    origin,
    docs: () => docs,
    load(workspace) {
      const next = new WorkspaceDocs();
      const changes = changesFrom(workspace);
      next.write(changes, ORIGIN.stored);
      replaceDocs(next);
      // Photos whose bytes are still being read are shown meanwhile, and stored when read.
      const late = changes.filter((change) => pendingPhoto(change.table, change.next));
      if (late.length) {
        store.setState({
          workspace: produce(store.getState().workspace, (draft) => {
            for (const { id, next: value } of late) if (draft.personas[id]) draft.personas[id].photo = value!.photo as Blob;
          }),
        });
        storeLatePhotos(late);
      }
    },
    loadDocs(stored) {
      const next = new WorkspaceDocs();
      for (const [docId, updates] of stored) for (const update of updates) next.applyUpdate(docId, update, ORIGIN.stored);
      replaceDocs(next);
    },
    apply<R>(recipe: Recipe<R>, options?: EditOptions): R {
      let result!: R;
      const before = store.getState().workspace;
      const [next, patches] = produceWithPatches(before, (draft) => {
        result = recipe(draft as Workspace);
      });
      if (patches.length === 0) return result;
      const keys = changedRecords(patches);
      // One limits policy (domain/limits.ts): a step that would take the workspace past what
      // an import accepts is refused whole, before anything changes, so every backup imports.
      const over = checkEdit(before, next, keys);
      if (over) throw new LimitExceeded(over);
      const changes = keys.map(({ table, id }) => ({
        table,
        id,
        prev: (before[table] as unknown as Record<string, Plain>)[id],
        next: (next[table] as unknown as Record<string, Plain>)[id],
      }));
      store.setState({ workspace: next });
      const depths = undo.depths();
      docs.write(changes, origin, options?.textBases);
      undo.record(depths);
      reconcileText(changes, options?.textBases);
      storeLatePhotos(changes);
      return result;
    },
    undo: () => undo.undo(),
    redo: () => undo.redo(),
    onReplace(listener) {
      replaceListeners.add(listener);
      return () => replaceListeners.delete(listener);
    },
  };

  /**
   * A card text merged with someone else's newer typing differs from what the recipe wrote.
   * Only an edit with a starting text can merge: any other is written as it is.
   */
  function reconcileText(changes: RecordChange[], textBases: ReadonlyMap<string, string> | undefined): void {
    if (!textBases?.size) return;
    for (const change of changes) {
      if (change.table !== 'cards' || !change.next || !textBases.has(change.id)) continue;
      const docId = docIdFor('cards', change.next);
      if (docs.read(docId, 'cards', change.id)?.text !== change.next.text) mergeFromDocs(docId, [change]);
    }
  }

  /** Photos whose bytes were not known at the edit: stored as soon as they are read. */
  function storeLatePhotos(changes: RecordChange[]): void {
    for (const change of changes) {
      const photo = pendingPhoto(change.table, change.next);
      if (!photo) continue;
      void loadPhotoBytes(photo).then(() => {
        const current = (store.getState().workspace.personas as unknown as Record<string, Plain>)[change.id];
        if (current?.photo === photo) {
          docs.write([{ ...change, prev: current, next: { ...current, photo } }], ORIGIN.repair);
        }
      });
    }
  }
}

/** The plain workspace the documents hold, malformed records left out (orphans are settled by the store). */
function snapshot(docs: WorkspaceDocs): Workspace {
  const workspace = emptyWorkspace();
  for (const { table, id, value: read } of docs.records()) {
    const value = withDefaults(table, read);
    if (hasRecordShape(table, id, value)) (workspace[table] as Record<string, unknown>)[id] = value;
    else console.warn(`Tropa: ignored a malformed ${table} record`, id);
  }
  return workspace;
}
