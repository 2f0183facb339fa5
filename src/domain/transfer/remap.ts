// A checked file becomes records of the workspace. As a copy (the default), every id is
// replaced by a fresh one and every reference rewritten through the same table, so nothing is
// overwritten and importing one file twice gives two independent copies. Replacing, the maps the
// workspace already has get the file's content in place of theirs (replace.ts). Either way a
// segment or persona identical to one the workspace has is reused, never duplicated.
import { DEFAULT_STAGE_WIDTH, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH } from '../defaults';
import { isBuiltInChannel } from '../operations/channels';
import { rankedSegments } from '../operations/segments';
import { fitName } from '../limits';
import { byOrder } from '../order';
import { emptyWorkspace, type Card, type Id, type Lane, type RecordKey, type Stage, type Workspace } from '../types';
import { matchPersonas, matchSegments, own, type PhotoBytes } from './existing';
import { dataUrlToBlob } from './photoData';
import { idKey, planReplace } from './replace';
import type { TropaFile } from './schema';

/** What to do with the file's maps that the workspace already has (existingMaps). */
export type ImportMode = 'copy' | 'replace';

export interface RemapOptions {
  newId: () => Id;
  now: number;
  /** The title to give a map or segment whose name is taken: attempt 1 = "X (imported)", 2 = "X (imported 2)"... */
  renamed: (title: string, attempt: number) => string;
  /** 'copy' when not given. */
  mode?: ImportMode;
  /** The bytes of a workspace persona's photo, to tell an identical persona (photoBytesOf when not given). */
  photoBytes?: PhotoBytes;
}

export interface ImportSummary {
  kind: TropaFile['kind'];
  /** The imported maps' ids in the workspace, in the file's order (a replaced map keeps its id). */
  mapIds: Id[];
  maps: number;
  /** Maps that replaced the workspace's own. */
  replaced: number;
  segments: number;
  personas: number;
  stages: number;
  cards: number;
  links: number;
  hypotheses: number;
  /** Library channels added; channels whose name the library already had are reused. */
  channelsAdded: number;
}

export interface ImportPlan {
  /** Deleted first: what the replaced maps held. */
  removed: RecordKey[];
  /** Then written: the new records, and the replaced maps with their new content. */
  records: Workspace;
  /** Kept hypotheses of a replaced map whose stage or card is gone: those pointers become null. */
  unlinked: { id: Id; stage: boolean; card: boolean }[];
  summary: ImportSummary;
}

/** A name not yet in `taken` (compared ignoring case), reserving it. */
function distinct(name: string, taken: Set<string>, renamed: RemapOptions['renamed']): string {
  let candidate = name;
  // fitName: a 500-character title renamed "… (imported)" still fits, so its export imports again.
  for (let attempt = 1; taken.has(candidate.toLocaleLowerCase()); attempt++) candidate = fitName(name, (base) => renamed(base, attempt));
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

/**
 * What importing a file does to `ws`. `ws` is only read: for the titles and names already in
 * use, the segments' ranks, the channel library, the records to reuse and the maps to replace.
 */
export function planImport(file: TropaFile, ws: Workspace, options: RemapOptions): ImportPlan {
  const { newId, now } = options;
  const out = emptyWorkspace();
  const replacing = options.mode === 'replace' ? planReplace(file, ws) : null;
  /** The id each file record gets; those decided ahead are reused or replaced records. */
  const ids = new Map<string, Id>(replacing?.ids);
  const segmentMatches = matchSegments(file, ws);
  for (const [fileId, id] of segmentMatches) ids.set(idKey('segments', fileId), id);
  const personaMatches = matchPersonas(file, ws, segmentMatches, options.photoBytes);
  for (const [fileId, id] of personaMatches) ids.set(idKey('personas', fileId), id);
  /** One table of ids per kind of record, so equal ids of different kinds stay apart. */
  const fresh = (table: string, oldId: string): Id => {
    const key = idKey(table, oldId);
    let id = ids.get(key);
    if (!id) {
      id = newId();
      ids.set(key, id);
    }
    return id;
  };
  const mapped = (table: string, oldId: string | null): Id | null => (oldId === null ? null : fresh(table, oldId));

  // Channels: a library channel of the same name is reused, others are added.
  const libraryByName = new Map(Object.values(ws.channels).map((c) => [c.name.trim().toLocaleLowerCase(), c.id]));
  const channelIds = new Map<string, Id>();
  for (const channel of file.channels) {
    const key = channel.name.trim().toLocaleLowerCase();
    const existing = libraryByName.get(key);
    if (existing) {
      channelIds.set(channel.id, existing);
      continue;
    }
    const id = newId();
    channelIds.set(channel.id, id);
    libraryByName.set(key, id);
    out.channels[id] = { id, name: channel.name.trim(), icon: channel.icon, createdAt: now };
  }

  // New segments are ranked after the workspace's own, in the file's order of rank.
  const segmentNames = new Set(Object.values(ws.segments).map((s) => s.name.toLocaleLowerCase()));
  let rank = rankedSegments(ws).length;
  for (const segment of [...file.segments].sort((a, b) => a.rank - b.rank)) {
    if (segmentMatches.has(segment.id)) continue;
    const id = fresh('segments', segment.id);
    out.segments[id] = { ...segment, id, name: distinct(segment.name, segmentNames, options.renamed), rank: ++rank, updatedAt: now };
  }
  for (const persona of file.personas) {
    if (personaMatches.has(persona.id)) continue;
    const id = fresh('personas', persona.id);
    const { photo, ...rest } = persona;
    out.personas[id] = { ...rest, id, segmentId: fresh('segments', persona.segmentId), photo: photo ? dataUrlToBlob(photo) : null };
  }

  // A replaced map's own title is free for its new version.
  const replaced = new Set(replacing?.maps.values());
  const titles = new Set(Object.values(ws.maps).flatMap((m) => (replaced.has(m.id) ? [] : [m.title.toLocaleLowerCase()])));
  const mapIds: Id[] = [];
  for (const map of file.maps) {
    const id = fresh('maps', map.id);
    mapIds.push(id);
    out.maps[id] = {
      ...map,
      id,
      // A replaced map is still the map it was: the same address, made at the same time.
      createdAt: own(ws.maps, id)?.createdAt ?? map.createdAt,
      title: distinct(map.title, titles, options.renamed),
      segmentId: mapped('segments', map.segmentId),
      personaId: mapped('personas', map.personaId),
      // The import is the map's latest change: it heads the list.
      updatedAt: now,
    };
  }

  // Positions are renumbered 0..n-1 per map (and per cell for cards): the file's numbers
  // only give the order.
  const renumber = <T extends { id: string; order: number }>(records: T[], groupOf: (r: T) => string): Map<T, number> => {
    const groups = new Map<string, T[]>();
    for (const record of records) {
      const key = groupOf(record);
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    const positions = new Map<T, number>();
    for (const group of groups.values()) group.sort(byOrder).forEach((record, i) => positions.set(record, i));
    return positions;
  };
  const stageOrder = renumber(file.stages, (s) => s.mapId);
  for (const stage of file.stages) {
    const id = fresh('stages', stage.id);
    const width = Math.min(MAX_STAGE_WIDTH, Math.max(MIN_STAGE_WIDTH, Math.round(stage.width) || DEFAULT_STAGE_WIDTH));
    const record: Stage = { ...stage, id, mapId: fresh('maps', stage.mapId), order: stageOrder.get(stage)!, width };
    out.stages[id] = record;
  }
  const laneOrder = renumber(file.lanes, (l) => l.mapId);
  for (const lane of file.lanes) {
    const id = fresh('lanes', lane.id);
    const scores: Lane['scores'] = {};
    for (const { stageId, score } of lane.scores) scores[fresh('stages', stageId)] = score;
    out.lanes[id] = { ...lane, id, mapId: fresh('maps', lane.mapId), order: laneOrder.get(lane)!, scores };
  }
  const cardOrder = renumber(file.cards, (c) => `${c.stageId}\u0000${c.laneId}`);
  for (const card of file.cards) {
    const id = fresh('cards', card.id);
    const channel = card.channel === null ? null : isBuiltInChannel(card.channel) ? card.channel : (channelIds.get(card.channel) ?? null);
    const record: Card = {
      ...card,
      id,
      mapId: fresh('maps', card.mapId),
      stageId: fresh('stages', card.stageId),
      laneId: fresh('lanes', card.laneId),
      order: cardOrder.get(card)!,
      channel,
    };
    out.cards[id] = record;
  }
  for (const link of file.links) {
    const id = fresh('links', link.id);
    out.links[id] = {
      id,
      mapId: fresh('maps', link.mapId),
      fromCardId: fresh('cards', link.fromCardId),
      toCardId: fresh('cards', link.toCardId),
    };
  }
  for (const hypothesis of file.hypotheses) {
    // Written over one the map has, or kept under its own id: its readings keep theirs too.
    const inPlace = replacing?.ids.has(idKey('hypotheses', hypothesis.id)) ?? false;
    const id = fresh('hypotheses', hypothesis.id);
    out.hypotheses[id] = {
      ...hypothesis,
      id,
      mapId: mapped('maps', hypothesis.mapId),
      stageId: mapped('stages', hypothesis.stageId),
      recommendationCardId: mapped('cards', hypothesis.recommendationCardId),
      history: hypothesis.history.map((h) => ({ ...h })),
      readings: hypothesis.readings.map((r) => ({ ...r, id: inPlace ? r.id : newId() })),
      ...(hypothesis.plan ? { plan: { ...hypothesis.plan } } : {}),
    };
  }

  // The file's version of a replaced map may lack the stage or card a kept hypothesis came from.
  const unlinked = (replacing?.kept ?? []).flatMap((id) => {
    const h = ws.hypotheses[id]!;
    const stage = h.stageId !== null && own(out.stages, h.stageId) === undefined;
    const card = h.recommendationCardId !== null && own(out.cards, h.recommendationCardId) === undefined;
    return stage || card ? [{ id, stage, card }] : [];
  });

  return {
    removed: replacing?.removed ?? [],
    records: out,
    unlinked,
    summary: {
      kind: file.kind,
      mapIds,
      maps: file.maps.length,
      replaced: replaced.size,
      segments: file.segments.length,
      personas: file.personas.length,
      stages: file.stages.length,
      cards: file.cards.length,
      links: file.links.length,
      hypotheses: file.hypotheses.length,
      channelsAdded: Object.keys(out.channels).length,
    },
  };
}

/**
 * The store step of an import: delete what replaced maps held, write every planned record.
 * One call = one undo step; a record deleted and written again under its id is one change.
 */
export function addImported(ws: Workspace, plan: ImportPlan): ImportSummary {
  for (const { table, id } of plan.removed) delete (ws[table] as Record<Id, unknown>)[id];
  for (const [table, records] of Object.entries(plan.records) as [keyof Workspace, Record<Id, unknown>][]) {
    const target = ws[table] as Record<Id, unknown>;
    for (const [id, record] of Object.entries(records)) target[id] = record;
  }
  for (const { id, stage, card } of plan.unlinked) {
    const hypothesis = ws.hypotheses[id];
    if (!hypothesis) continue;
    if (stage) hypothesis.stageId = null;
    if (card) hypothesis.recommendationCardId = null;
  }
  return plan.summary;
}
