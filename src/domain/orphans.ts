// Records left pointing at nothing. One tab can delete a stage while another is still saving an
// edit of a card on it; the card would then live on, invisible, with no stage. Such records are
// found here and removed, so both tabs end with the same, consistent workspace.
import type { RecordKey, Workspace } from './types';

export function orphanRecords(ws: Workspace): RecordKey[] {
  const found: RecordKey[] = [];
  for (const stage of Object.values(ws.stages)) if (!ws.maps[stage.mapId]) found.push({ table: 'stages', id: stage.id });
  for (const lane of Object.values(ws.lanes)) if (!ws.maps[lane.mapId]) found.push({ table: 'lanes', id: lane.id });
  const goneCards = new Set<string>();
  for (const card of Object.values(ws.cards)) {
    const stage = ws.stages[card.stageId];
    const lane = ws.lanes[card.laneId];
    if (!ws.maps[card.mapId] || !stage || !lane || stage.mapId !== card.mapId || lane.mapId !== card.mapId) {
      found.push({ table: 'cards', id: card.id });
      goneCards.add(card.id);
    }
  }
  for (const link of Object.values(ws.links)) {
    const from = ws.cards[link.fromCardId];
    const to = ws.cards[link.toCardId];
    if (!from || !to || goneCards.has(from.id) || goneCards.has(to.id)) found.push({ table: 'links', id: link.id });
  }
  return found;
}
