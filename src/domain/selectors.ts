import { byOrder, sortByOrder } from './order';
import type { Card, Id, JourneyMap, Lane, Link, Stage, Workspace } from './types';

export function mapStages(ws: Pick<Workspace, 'stages'>, mapId: Id): Stage[] {
  return sortByOrder(Object.values(ws.stages).filter((s) => s.mapId === mapId));
}

export function mapLanes(ws: Pick<Workspace, 'lanes'>, mapId: Id): Lane[] {
  return sortByOrder(Object.values(ws.lanes).filter((l) => l.mapId === mapId));
}

export function mapCards(ws: Workspace, mapId: Id): Card[] {
  return Object.values(ws.cards).filter((c) => c.mapId === mapId);
}

export function mapLinks(ws: Pick<Workspace, 'links'>, mapId: Id): Link[] {
  return Object.values(ws.links).filter((l) => l.mapId === mapId);
}

export function cellKey(stageId: Id, laneId: Id): string {
  return `${stageId}|${laneId}`;
}

/** Cards of one cell, in their order. */
export function cellCards(ws: Workspace, stageId: Id, laneId: Id): Card[] {
  return sortByOrder(Object.values(ws.cards).filter((c) => c.stageId === stageId && c.laneId === laneId));
}

/** All cards of a map grouped by cell, each group sorted: one pass over the cards. */
export function cardsByCell(cards: Iterable<Card>, mapId: Id): Map<string, Card[]> {
  const groups = new Map<string, Card[]>();
  for (const card of cards) {
    if (card.mapId !== mapId) continue;
    const key = cellKey(card.stageId, card.laneId);
    const group = groups.get(key);
    if (group) group.push(card);
    else groups.set(key, [card]);
  }
  for (const group of groups.values()) group.sort(byOrder);
  return groups;
}

/** Maps, most recently changed first. */
export function mapsByRecency(ws: Pick<Workspace, 'maps'>): JourneyMap[] {
  return Object.values(ws.maps).sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));
}

export function mapCardCount(ws: Workspace, mapId: Id): number {
  let n = 0;
  for (const card of Object.values(ws.cards)) if (card.mapId === mapId) n++;
  return n;
}
