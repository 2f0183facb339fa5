import { DEFAULT_STAGE_WIDTH, MAX_STAGE_WIDTH, MIN_STAGE_WIDTH, makeStage } from '../defaults';
import { placeAt } from '../order';
import { mapStages } from '../selectors';
import type { GoalAlignment, Id, Stage, Workspace } from '../types';
import { deleteCards } from './cards';
import { requireEntity, touchMap } from './touch';

/** Insert a stage at `index` (the end when omitted). */
export function addStage(ws: Workspace, mapId: Id, id: Id, name: string, index?: number): Stage {
  requireEntity(ws.maps, mapId, 'Map');
  const siblings = mapStages(ws, mapId);
  const stage = makeStage(mapId, id, name, 0); // placeholder order: placeAt sets it
  placeAt(siblings, stage, index ?? siblings.length);
  ws.stages[id] = stage;
  touchMap(ws, mapId);
  return stage;
}

export function renameStage(ws: Workspace, stageId: Id, name: string): void {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  stage.name = name;
  touchMap(ws, stage.mapId);
}

export function moveStage(ws: Workspace, stageId: Id, index: number): void {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  placeAt(
    mapStages(ws, stage.mapId).filter((s) => s.id !== stageId),
    stage,
    index,
  );
  touchMap(ws, stage.mapId);
}

export function setStageWidth(ws: Workspace, stageId: Id, width: number): void {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  const clamped = Math.round(Math.max(MIN_STAGE_WIDTH, Math.min(MAX_STAGE_WIDTH, width || DEFAULT_STAGE_WIDTH)));
  if (stage.width === clamped) return;
  stage.width = clamped;
  touchMap(ws, stage.mapId);
}

export function setGoalAlignment(ws: Workspace, stageId: Id, alignment: GoalAlignment): void {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  stage.goalAlignment = alignment;
  touchMap(ws, stage.mapId);
}

/** Delete a stage with its cards, their links and its emotion scores. */
export function deleteStage(ws: Workspace, stageId: Id): void {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  deleteCards(
    ws,
    Object.values(ws.cards)
      .filter((c) => c.stageId === stageId)
      .map((c) => c.id),
  );
  for (const lane of Object.values(ws.lanes)) {
    if (lane.mapId === stage.mapId && stageId in lane.scores) delete lane.scores[stageId];
  }
  for (const hypothesis of Object.values(ws.hypotheses)) {
    if (hypothesis.stageId === stageId) hypothesis.stageId = null;
  }
  // The other stages keep their orders (see order.ts).
  delete ws.stages[stageId];
  touchMap(ws, stage.mapId);
}
