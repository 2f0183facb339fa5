import { sortByOrder } from '../order';
import { mapLanes } from '../selectors';
import type { Card, Id, LaneKind, Workspace } from '../types';
import { addCard } from './cards';
import { requireEntity } from './touch';

function firstCardText(ws: Workspace, stageId: Id, laneIds: Set<Id>): string {
  const cards = sortByOrder(Object.values(ws.cards).filter((c) => c.stageId === stageId && laneIds.has(c.laneId)));
  return cards[0]?.text.trim() ?? '';
}

/**
 * Where the customer's goal and the brand's goal clash, the clash is itself a barrier
 * (domain.md section 2): add one to the stage, worded from the two goals. Null when the map
 * has no barriers lane.
 */
export function addGoalConflictBarrier(
  ws: Workspace,
  stageId: Id,
  cardId: Id,
  describe: (customerGoal: string, brandGoal: string) => string,
): Card | null {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  const lanes = mapLanes(ws, stage.mapId);
  const idsOf = (kind: LaneKind) => new Set(lanes.filter((l) => l.kind === kind).map((l) => l.id));
  const barriers = lanes.find((l) => l.kind === 'barriers');
  if (!barriers) return null;
  const text = describe(firstCardText(ws, stageId, idsOf('customerGoals')), firstCardText(ws, stageId, idsOf('brandGoals')));
  return addCard(ws, { id: cardId, stageId, laneId: barriers.id, text, fields: { severity: 'medium' } });
}
