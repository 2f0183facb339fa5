// A checked file becomes new records of the workspace: every id is replaced by a fresh one and
// every reference rewritten through the same table, so an import never overwrites anything,
// and importing one file twice gives two independent copies.
import { DEFAULT_STAGE_WIDTH, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH } from '../defaults';
import { isBuiltInChannel } from '../operations/channels';
import { rankedSegments } from '../operations/segments';
import { byOrder } from '../order';
import { emptyWorkspace, type Card, type Id, type Lane, type Stage, type Workspace } from '../types';
import { dataUrlToBlob } from './photoData';
import type { TropaFile } from './schema';

export interface RemapOptions {
  newId: () => Id;
  now: number;
  /** The title to give a map or segment whose name is taken: attempt 1 = "X (imported)", 2 = "X (imported 2)"... */
  renamed: (title: string, attempt: number) => string;
}

export interface ImportSummary {
  kind: TropaFile['kind'];
  /** New map ids, in the file's order. */
  mapIds: Id[];
  maps: number;
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
  /** The new records only. */
  records: Workspace;
  summary: ImportSummary;
}

/** A name not yet in `taken` (compared ignoring case), reserving it. */
function distinct(name: string, taken: Set<string>, renamed: RemapOptions['renamed']): string {
  let candidate = name;
  for (let attempt = 1; taken.has(candidate.toLocaleLowerCase()); attempt++) candidate = renamed(name, attempt);
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

/**
 * The records a file adds to `ws`. `ws` is only read: for the titles and names already in
 * use, the segments' ranks and the channel library.
 */
export function planImport(file: TropaFile, ws: Workspace, options: RemapOptions): ImportPlan {
  const { newId, now } = options;
  const out = emptyWorkspace();
  const ids = new Map<string, Id>();
  /** One table of fresh ids per kind of record, so equal ids of different kinds stay apart. */
  const fresh = (table: string, oldId: string): Id => {
    const key = `${table}\u0000${oldId}`;
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

  // Segments are ranked after the workspace's own, in the file's order of rank.
  const segmentNames = new Set(Object.values(ws.segments).map((s) => s.name.toLocaleLowerCase()));
  const firstRank = rankedSegments(ws).length + 1;
  [...file.segments]
    .sort((a, b) => a.rank - b.rank)
    .forEach((segment, i) => {
      const id = fresh('segments', segment.id);
      out.segments[id] = { ...segment, id, name: distinct(segment.name, segmentNames, options.renamed), rank: firstRank + i, updatedAt: now };
    });
  for (const persona of file.personas) {
    const id = fresh('personas', persona.id);
    const { photo, ...rest } = persona;
    out.personas[id] = { ...rest, id, segmentId: fresh('segments', persona.segmentId), photo: photo ? dataUrlToBlob(photo) : null };
  }

  const titles = new Set(Object.values(ws.maps).map((m) => m.title.toLocaleLowerCase()));
  const mapIds: Id[] = [];
  for (const map of file.maps) {
    const id = fresh('maps', map.id);
    mapIds.push(id);
    out.maps[id] = {
      ...map,
      id,
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
    const id = fresh('hypotheses', hypothesis.id);
    out.hypotheses[id] = {
      ...hypothesis,
      id,
      mapId: mapped('maps', hypothesis.mapId),
      stageId: mapped('stages', hypothesis.stageId),
      recommendationCardId: mapped('cards', hypothesis.recommendationCardId),
      history: hypothesis.history.map((h) => ({ ...h })),
      readings: hypothesis.readings.map((r) => ({ ...r, id: newId() })),
      ...(hypothesis.plan ? { plan: { ...hypothesis.plan } } : {}),
    };
  }

  return {
    records: out,
    summary: {
      kind: file.kind,
      mapIds,
      maps: file.maps.length,
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

/** The store step of an import: add every planned record. One call = one undo step. */
export function addImported(ws: Workspace, plan: ImportPlan): ImportSummary {
  for (const [table, records] of Object.entries(plan.records) as [keyof Workspace, Record<Id, unknown>][]) {
    const target = ws[table] as Record<Id, unknown>;
    for (const [id, record] of Object.entries(records)) target[id] = record;
  }
  return plan.summary;
}
