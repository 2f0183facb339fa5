// The workspace as Yjs documents: one document per journey map (the map record, its stages,
// lanes, cards, links and the hypotheses made on it) and one workspace document (segments,
// personas, channels, hypotheses tied to no map). A map's document is what a workshop room
// shares; merging concurrent edits is the engine's job. Each table is a root Y.Map keyed by id.
import * as Y from 'yjs';
import type { EntityTable, RecordKey } from '../domain/types';
import { createRecord, readRecord, writeRecord } from './records';

export type Plain = Record<string, unknown>;

export const WORKSPACE_DOC = 'workspace';
const MAP_PREFIX = 'map:';
export const mapDocId = (mapId: string) => MAP_PREFIX + mapId;

const MAP_TABLES: readonly EntityTable[] = ['maps', 'stages', 'lanes', 'cards', 'links', 'hypotheses'];
const WORKSPACE_TABLES: readonly EntityTable[] = ['segments', 'personas', 'channels', 'hypotheses'];

export function tablesOf(docId: string): readonly EntityTable[] {
  return docId.startsWith(MAP_PREFIX) ? MAP_TABLES : WORKSPACE_TABLES;
}

/** Whether a string names a document this app can hold (incoming names are checked). */
export function isDocId(value: unknown): value is string {
  return value === WORKSPACE_DOC || (typeof value === 'string' && value.startsWith(MAP_PREFIX) && value.length > MAP_PREFIX.length && value.length <= 200);
}

/** The document a record belongs in. */
export function docIdFor(table: EntityTable, value: Plain): string {
  switch (table) {
    case 'maps':
      return mapDocId(String(value.id));
    case 'stages':
    case 'lanes':
    case 'cards':
    case 'links':
      return mapDocId(String(value.mapId));
    case 'hypotheses':
      return typeof value.mapId === 'string' ? mapDocId(value.mapId) : WORKSPACE_DOC;
    default:
      return WORKSPACE_DOC;
  }
}

/** One record's change as the store made it: `prev` and `next` undefined for created and deleted. */
export interface RecordChange extends RecordKey {
  prev: Plain | undefined;
  next: Plain | undefined;
}

/** Records changed by one transaction of one document, and who made it. */
export type ChangeListener = (docId: string, keys: RecordKey[], origin: unknown) => void;
export type UpdateListener = (docId: string, update: Uint8Array, origin: unknown) => void;

export class WorkspaceDocs {
  private readonly docs = new Map<string, Y.Doc>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly updateListeners = new Set<UpdateListener>();
  private readonly docListeners = new Set<(docId: string, doc: Y.Doc) => void>();

  ids(): string[] {
    return [...this.docs.keys()];
  }


  /** The document, created (empty) and observed on first use. */
  doc(docId: string): Y.Doc {
    let doc = this.docs.get(docId);
    if (!doc) {
      doc = new Y.Doc();
      this.docs.set(docId, doc);
      this.observe(docId, doc);
      for (const listener of this.docListeners) listener(docId, doc);
    }
    return doc;
  }

  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onUpdate(listener: UpdateListener): () => void {
    this.updateListeners.add(listener);
    return () => this.updateListeners.delete(listener);
  }

  /** Told of every document as it is created (the undo manager tracks each). */
  onDoc(listener: (docId: string, doc: Y.Doc) => void): () => void {
    for (const [id, doc] of this.docs) listener(id, doc);
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  }

  private observe(docId: string, doc: Y.Doc): void {
    const touched = new Map<string, RecordKey>();
    for (const table of tablesOf(docId)) {
      const root = doc.getMap<unknown>(table);
      root.observeDeep((events) => {
        for (const event of events) {
          if (event.target === root) {
            for (const id of (event as Y.YMapEvent<unknown>).keysChanged) touched.set(`${table}/${id}`, { table, id });
          } else {
            const id = String(event.path[0]);
            touched.set(`${table}/${id}`, { table, id });
          }
        }
      });
    }
    // Observers run before afterTransaction: one report per transaction, with its origin.
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (touched.size === 0) return;
      const keys = [...touched.values()];
      touched.clear();
      for (const listener of this.changeListeners) listener(docId, keys, transaction.origin);
    });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      for (const listener of this.updateListeners) listener(docId, update, origin);
    });
  }

  /** A record's current plain value in a document, or undefined. */
  read(docId: string, table: EntityTable, id: string): Plain | undefined {
    const doc = this.docs.get(docId);
    if (!doc || !tablesOf(docId).includes(table)) return undefined;
    const ymap = doc.getMap<unknown>(table).get(id);
    return ymap instanceof Y.Map ? readRecord(table, ymap) : undefined;
  }

  /**
   * Whether the document saw this record and then saw it deleted: a tombstone. A record it
   * never saw may still be on its way (updates from several people can arrive in any order),
   * so only a tombstone proves it gone.
   */
  isDeleted(docId: string, table: EntityTable, id: string): boolean {
    const doc = this.docs.get(docId);
    if (!doc || !tablesOf(docId).includes(table)) return false;
    const item = doc.getMap<unknown>(table)._map.get(id);
    return item !== undefined && item.deleted;
  }

  /** Whether the document holds updates waiting for others it has not received yet. */
  hasPending(docId: string): boolean {
    const doc = this.docs.get(docId);
    return !!doc && (doc.store.pendingStructs !== null || doc.store.pendingDs !== null);
  }

  /** Every record of every document, as plain values, with the document each is in. */
  *records(): Generator<{ docId: string; table: EntityTable; id: string; value: Plain }> {
    for (const [docId, doc] of this.docs) {
      for (const table of tablesOf(docId)) {
        for (const [id, ymap] of doc.getMap<unknown>(table).entries()) {
          if (ymap instanceof Y.Map) yield { docId, table, id, value: readRecord(table, ymap) };
        }
      }
    }
  }

  /**
   * Write the store's changes into the documents: one transaction per document, all with
   * `origin`. Returns the ids of the documents written.
   */
  write(changes: readonly RecordChange[], origin: unknown, textBases?: ReadonlyMap<string, string>): string[] {
    const byDoc = new Map<string, (() => void)[]>();
    const add = (docId: string, step: () => void) => {
      const steps = byDoc.get(docId) ?? [];
      steps.push(step);
      byDoc.set(docId, steps);
    };
    for (const change of changes) {
      const { table, id, prev, next } = change;
      const from = prev ? docIdFor(table, prev) : undefined;
      const to = next ? docIdFor(table, next) : undefined;
      // A record that moved to another document (a hypothesis given a map) leaves the old one.
      if (from && from !== to) add(from, () => this.doc(from).getMap<unknown>(table).delete(id));
      if (!to || !next) continue;
      add(to, () => {
        const root = this.doc(to).getMap<unknown>(table);
        const current = root.get(id);
        if (current instanceof Y.Map) writeRecord(table, current, next, textBases?.get(id));
        else root.set(id, createRecord(table, next));
      });
    }
    for (const [docId, steps] of byDoc) {
      this.doc(docId).transact(() => {
        for (const step of steps) step();
      }, origin);
    }
    return [...byDoc.keys()];
  }

  /** Remove records (orphans) from whichever document holds them. */
  remove(keys: readonly (RecordKey & { docId: string })[], origin: unknown): void {
    const byDoc = new Map<string, RecordKey[]>();
    for (const key of keys) byDoc.set(key.docId, [...(byDoc.get(key.docId) ?? []), key]);
    for (const [docId, list] of byDoc) {
      const doc = this.docs.get(docId);
      if (!doc) continue;
      doc.transact(() => {
        for (const { table, id } of list) doc.getMap<unknown>(table).delete(id);
      }, origin);
    }
  }

  applyUpdate(docId: string, update: Uint8Array, origin: unknown): void {
    Y.applyUpdate(this.doc(docId), update, origin);
  }

  encode(docId: string, stateVector?: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc(docId), stateVector);
  }

  stateVector(docId: string): Uint8Array {
    return Y.encodeStateVector(this.doc(docId));
  }

  destroy(): void {
    for (const doc of this.docs.values()) doc.destroy();
    this.docs.clear();
  }
}
