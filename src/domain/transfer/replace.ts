// Replacing maps the workspace already has with the file's version of them (the user's choice
// when a file brings maps that exist). A replaced map keeps its id, so its address, its place
// in the list and the hypotheses pointing at it stay; everything drawn on it is the file's.
import type { Hypothesis, Id, RecordKey, Workspace } from '../types';
import { existingMaps, own, sameHypothesis } from './existing';
import type { TropaFile } from './schema';

type FileHypothesis = TropaFile['hypotheses'][number];

/** The tables whose records are drawn on one map. */
const MAP_CONTENT = ['stages', 'lanes', 'cards', 'links'] as const;

/** The key of a file record in the id table of an import: tables apart, equal ids of different kinds stay apart. */
export const idKey = (table: string, id: string) => `${table}\u0000${id}`;

export interface Replacement {
  /** File map id -> the workspace map it replaces. */
  maps: Map<Id, Id>;
  /** What the replaced maps hold now: deleted before the file's records are written. */
  removed: RecordKey[];
  /** Ids decided ahead (idKey -> id): the replaced maps, file ids kept, hypotheses written over. */
  ids: Map<string, Id>;
  /** Hypotheses of the replaced maps the file does not bring: they stay (their results are evidence). */
  kept: Id[];
}

export function planReplace(file: TropaFile, ws: Workspace): Replacement {
  const maps = new Map(existingMaps(file, ws).map((m) => [m.fileMapId, m.mapId]));
  const targets = new Set(maps.values());
  const removed: RecordKey[] = [];
  const gone = new Set<string>();
  for (const table of MAP_CONTENT) {
    for (const record of Object.values(ws[table])) {
      if (!targets.has(record.mapId)) continue;
      removed.push({ table, id: record.id });
      gone.add(idKey(table, record.id));
    }
  }
  const ids = new Map<string, Id>();
  for (const [fileMapId, mapId] of maps) ids.set(idKey('maps', fileMapId), mapId);
  // The file's own ids where they are free: a file exported from this map writes over the same
  // records, so the store and the documents change only what differs, and a kept hypothesis
  // still finds its stage and card.
  for (const table of MAP_CONTENT) {
    for (const record of file[table]) {
      if (maps.has(record.mapId) && (own<unknown>(ws[table], record.id) === undefined || gone.has(idKey(table, record.id)))) {
        ids.set(idKey(table, record.id), record.id);
      }
    }
  }

  // A hypothesis the map already has - the same id, else the same content - is written over,
  // never added a second time. Hypotheses without a map are compared among themselves.
  const byMap = new Map<Id | null, Hypothesis[]>();
  for (const h of Object.values(ws.hypotheses)) {
    const list = byMap.get(h.mapId);
    if (list) list.push(h);
    else byMap.set(h.mapId, [h]);
  }
  const claimed = new Set<Id>();
  // Its map comes as a copy (undefined): so does the hypothesis.
  const inScope = file.hypotheses.flatMap((h) => {
    const target = h.mapId === null ? null : maps.get(h.mapId);
    return target === undefined ? [] : [{ h, target }];
  });
  const match = (test: (h: FileHypothesis, e: Hypothesis) => boolean) => {
    for (const { h, target } of inScope) {
      if (ids.has(idKey('hypotheses', h.id))) continue;
      const found = byMap.get(target)?.find((e) => !claimed.has(e.id) && test(h, e));
      if (!found) continue;
      claimed.add(found.id);
      ids.set(idKey('hypotheses', h.id), found.id);
    }
  };
  // Every id first, so that content never takes a hypothesis another one has by id.
  match((h, e) => h.id === e.id);
  match(sameHypothesis);
  for (const { h } of inScope) {
    if (!ids.has(idKey('hypotheses', h.id)) && own(ws.hypotheses, h.id) === undefined) ids.set(idKey('hypotheses', h.id), h.id);
  }
  const kept = [...targets].flatMap((mapId) => (byMap.get(mapId) ?? []).filter((h) => !claimed.has(h.id)).map((h) => h.id));
  return { maps, removed, ids, kept };
}
