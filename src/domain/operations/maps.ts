import { DEFAULT_LANE_KINDS, makeLane, makeStage } from '../defaults';
import { newId } from '../ids';
import type { Id, JourneyMap, Workspace } from '../types';
import { requireEntity } from './touch';

export interface NewMapInput {
  id: Id;
  title: string;
  /** Names of the first stages, already in the UI language. */
  stageNames: string[];
  segmentId?: Id | null;
  personaId?: Id | null;
  now?: number;
}

/** A new map with the default lanes of the method and the given first stages. */
export function createMap(ws: Workspace, input: NewMapInput): JourneyMap {
  const now = input.now ?? Date.now();
  const map: JourneyMap = {
    id: input.id,
    title: input.title,
    segmentId: input.segmentId ?? null,
    personaId: input.personaId ?? null,
    createdAt: now,
    updatedAt: now,
  };
  ws.maps[map.id] = map;
  DEFAULT_LANE_KINDS.forEach((kind, order) => {
    const lane = makeLane(map.id, newId(), kind, order);
    ws.lanes[lane.id] = lane;
  });
  input.stageNames.forEach((name, order) => {
    const stage = makeStage(map.id, newId(), name, order);
    ws.stages[stage.id] = stage;
  });
  return map;
}

export function renameMap(ws: Workspace, mapId: Id, title: string, now = Date.now()): void {
  const map = requireEntity(ws.maps, mapId, 'Map');
  map.title = title;
  map.updatedAt = now;
}

/** Copy a map with everything drawn on it; ids are new, links follow their cards. */
export function duplicateMap(ws: Workspace, mapId: Id, copyId: Id, title: string, now = Date.now()): JourneyMap {
  const source = requireEntity(ws.maps, mapId, 'Map');
  const copy: JourneyMap = { ...source, id: copyId, title, createdAt: now, updatedAt: now };
  ws.maps[copyId] = copy;
  const stageIds = new Map<Id, Id>();
  const laneIds = new Map<Id, Id>();
  const cardIds = new Map<Id, Id>();
  for (const stage of Object.values(ws.stages)) {
    if (stage.mapId !== mapId) continue;
    const id = newId();
    stageIds.set(stage.id, id);
    ws.stages[id] = { ...stage, id, mapId: copyId };
  }
  for (const lane of Object.values(ws.lanes)) {
    if (lane.mapId !== mapId) continue;
    const id = newId();
    laneIds.set(lane.id, id);
    const scores: Record<Id, number> = {};
    for (const [stageId, score] of Object.entries(lane.scores)) {
      const mapped = stageIds.get(stageId);
      if (mapped) scores[mapped] = score;
    }
    ws.lanes[id] = { ...lane, id, mapId: copyId, scores };
  }
  for (const card of Object.values(ws.cards)) {
    if (card.mapId !== mapId) continue;
    const stageId = stageIds.get(card.stageId);
    const laneId = laneIds.get(card.laneId);
    if (!stageId || !laneId) continue;
    const id = newId();
    cardIds.set(card.id, id);
    ws.cards[id] = { ...card, id, mapId: copyId, stageId, laneId };
  }
  for (const link of Object.values(ws.links)) {
    if (link.mapId !== mapId) continue;
    const fromCardId = cardIds.get(link.fromCardId);
    const toCardId = cardIds.get(link.toCardId);
    if (!fromCardId || !toCardId) continue;
    const id = newId();
    ws.links[id] = { id, mapId: copyId, fromCardId, toCardId };
  }
  return copy;
}

/**
 * Delete a map and everything drawn on it. Hypotheses outlive it (their results are
 * evidence worth keeping); they only lose the pointer to the map.
 */
export function deleteMap(ws: Workspace, mapId: Id): void {
  requireEntity(ws.maps, mapId, 'Map');
  delete ws.maps[mapId];
  for (const table of ['stages', 'lanes', 'cards', 'links'] as const) {
    const records = ws[table] as Record<Id, { mapId: Id }>;
    for (const [id, record] of Object.entries(records)) if (record.mapId === mapId) delete records[id];
  }
  for (const hypothesis of Object.values(ws.hypotheses)) {
    if (hypothesis.mapId !== mapId) continue;
    hypothesis.mapId = null;
    hypothesis.stageId = null;
    hypothesis.recommendationCardId = null;
  }
}
