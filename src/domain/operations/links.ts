import type { Id, Link, Workspace } from '../types';
import { requireEntity, touchMap } from './touch';

/** Link two cards of one map; linking the same pair twice is a no-op. */
export function addLink(ws: Workspace, id: Id, fromCardId: Id, toCardId: Id): Link | null {
  const from = requireEntity(ws.cards, fromCardId, 'Card');
  const to = requireEntity(ws.cards, toCardId, 'Card');
  if (from.mapId !== to.mapId) throw new Error('Links connect cards of one map');
  if (fromCardId === toCardId) return null;
  const existing = Object.values(ws.links).find((l) => l.fromCardId === fromCardId && l.toCardId === toCardId);
  if (existing) return existing;
  ws.links[id] = { id, mapId: from.mapId, fromCardId, toCardId };
  touchMap(ws, from.mapId);
  return ws.links[id]!;
}

export function deleteLink(ws: Workspace, linkId: Id): void {
  const link = requireEntity(ws.links, linkId, 'Link');
  delete ws.links[linkId];
  touchMap(ws, link.mapId);
}
