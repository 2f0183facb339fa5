import { EMOTION_MAX, EMOTION_MIN, makeLane } from '../defaults';
import { placeAt } from '../order';
import { mapLanes } from '../selectors';
import type { Id, Lane, LaneKind, Workspace } from '../types';
import { deleteCards } from './cards';
import { requireEntity, touchMap } from './touch';

export function addLane(ws: Workspace, mapId: Id, id: Id, kind: LaneKind, name: string, index?: number): Lane {
  requireEntity(ws.maps, mapId, 'Map');
  const siblings = mapLanes(ws, mapId);
  const lane = makeLane(mapId, id, kind, 0, name); // placeholder order: placeAt sets it
  placeAt(siblings, lane, index ?? siblings.length);
  ws.lanes[id] = lane;
  touchMap(ws, mapId);
  return lane;
}

export function renameLane(ws: Workspace, laneId: Id, name: string): void {
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  lane.name = name;
  touchMap(ws, lane.mapId);
}

export function moveLane(ws: Workspace, laneId: Id, index: number): void {
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  placeAt(
    mapLanes(ws, lane.mapId).filter((l) => l.id !== laneId),
    lane,
    index,
  );
  touchMap(ws, lane.mapId);
}

export function setLaneHidden(ws: Workspace, laneId: Id, hidden: boolean): void {
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  lane.hidden = hidden;
  touchMap(ws, lane.mapId);
}

export function deleteLane(ws: Workspace, laneId: Id): void {
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  deleteCards(
    ws,
    Object.values(ws.cards)
      .filter((c) => c.laneId === laneId)
      .map((c) => c.id),
  );
  // The other lanes keep their orders (see order.ts).
  delete ws.lanes[laneId];
  touchMap(ws, lane.mapId);
}

/** Set (or clear, with null) the emotion score of a stage; scores are whole steps in -2..+2. */
export function setEmotion(ws: Workspace, laneId: Id, stageId: Id, score: number | null): void {
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  requireEntity(ws.stages, stageId, 'Stage');
  if (score === null) delete lane.scores[stageId];
  else lane.scores[stageId] = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(score)));
  touchMap(ws, lane.mapId);
}
