// Records whose map, stage, lane or linked card is missing. Such a record is never shown. It is
// removed from its document only when what it points at is proven deleted (a tombstone in the
// document): then every tab removes it alike, as when an undo brings back a card onto a stage
// someone else deleted. A reference not seen yet may be on its way (updates from several people
// arrive in any order), so until then the record only waits, hidden, and is shown once it
// arrives: removing it then would lose someone's work for good.
import { produce } from 'immer';
import { orphanRecords } from '../domain/orphans';
import { withDefaults } from '../domain/recordDefaults';
import { hasRecordShape } from '../domain/recordShape';
import type { EntityTable, RecordKey, Workspace } from '../domain/types';
import { docIdFor, type Plain, type WorkspaceDocs } from '../sync/workspaceDocs';

export type Located = RecordKey & { docId: string };

/** What a record needs to be shown: the records it points at. */
function references(table: EntityTable, record: Plain): RecordKey[] {
  switch (table) {
    case 'stages':
    case 'lanes':
      return [{ table: 'maps', id: String(record.mapId) }];
    case 'cards':
      return [
        { table: 'maps', id: String(record.mapId) },
        { table: 'stages', id: String(record.stageId) },
        { table: 'lanes', id: String(record.laneId) },
      ];
    case 'links':
      return [
        { table: 'cards', id: String(record.fromCardId) },
        { table: 'cards', id: String(record.toCardId) },
      ];
    default:
      return [];
  }
}

export interface Settled {
  workspace: Workspace;
  /** Orphans of a proven deletion, to remove from their documents. */
  removals: Located[];
}

/**
 * Hide the workspace's orphans (remembering them in `hidden`), show hidden records whose
 * references have arrived, and list the orphans to remove for good.
 */
export function settleOrphans(workspace: Workspace, docs: WorkspaceDocs, hidden: Map<string, Located>): Settled {
  const removals: Located[] = [];
  let current = readmit(workspace, docs, hidden, removals);
  const orphans = orphanRecords(current);
  if (orphans.length === 0) return { workspace: current, removals };
  const removed = new Set(removals.map((r) => `${r.table}/${r.id}`));
  // orphanRecords lists stages and lanes, then cards, then links: a link to a card removed in
  // this same pass is removed with it.
  for (const key of orphans) {
    const record = (current[key.table] as unknown as Record<string, Plain>)[key.id]!;
    const docId = docIdFor(key.table, record);
    const gone = references(key.table, record).some(
      (ref) =>
        removed.has(`${ref.table}/${ref.id}`) ||
        (!(current[ref.table] as Record<string, unknown>)[ref.id] && docs.isDeleted(docId, ref.table, ref.id)),
    );
    if (gone) {
      removals.push({ ...key, docId });
      removed.add(`${key.table}/${key.id}`);
      hidden.delete(`${key.table}/${key.id}`);
    } else hidden.set(`${key.table}/${key.id}`, { ...key, docId });
  }
  current = produce(current, (draft) => {
    for (const { table, id } of orphans) delete (draft[table] as Record<string, unknown>)[id];
  });
  return { workspace: current, removals };
}

/**
 * Hidden records whose references are all there now come back; those deleted meanwhile are
 * forgotten; those whose reference is now proven deleted are removed.
 */
function readmit(workspace: Workspace, docs: WorkspaceDocs, hidden: Map<string, Located>, removals: Located[]): Workspace {
  if (hidden.size === 0) return workspace;
  let current = workspace;
  let changed = true;
  // Links wait for cards, cards for stages: a few rounds settle chains.
  while (changed) {
    changed = false;
    for (const [key, { table, id, docId }] of hidden) {
      const read = docs.read(docId, table, id);
      if (!read) {
        hidden.delete(key);
        continue;
      }
      const value = withDefaults(table, read);
      if (!hasRecordShape(table, id, value)) continue;
      const missing = references(table, value).filter((ref) => !(current[ref.table] as Record<string, unknown>)[ref.id]);
      if (missing.some((ref) => docs.isDeleted(docId, ref.table, ref.id))) {
        hidden.delete(key);
        removals.push({ table, id, docId });
        continue;
      }
      if (missing.length) continue;
      hidden.delete(key);
      current = produce(current, (draft) => {
        (draft[table] as Record<string, unknown>)[id] = value;
      });
      changed = true;
    }
  }
  return current;
}
