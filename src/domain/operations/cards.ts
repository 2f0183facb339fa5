import { makeCard } from '../defaults';
import { placeAt, sortByOrder, compact } from '../order';
import type { Card, Id, Workspace } from '../types';
import { requireEntity, touchMap } from './touch';

function siblingsOf(ws: Workspace, stageId: Id, laneId: Id, exceptId?: Id): Card[] {
  return sortByOrder(
    Object.values(ws.cards).filter((c) => c.stageId === stageId && c.laneId === laneId && c.id !== exceptId),
  );
}

export interface NewCardInput {
  id: Id;
  stageId: Id;
  laneId: Id;
  text: string;
  /** Position in the cell; the end when omitted. */
  index?: number;
  fields?: Partial<Pick<Card, 'color' | 'channel' | 'severity'>>;
}

export function addCard(ws: Workspace, input: NewCardInput): Card {
  const stage = requireEntity(ws.stages, input.stageId, 'Stage');
  const lane = requireEntity(ws.lanes, input.laneId, 'Lane');
  if (stage.mapId !== lane.mapId) throw new Error('Stage and lane belong to different maps');
  const siblings = siblingsOf(ws, stage.id, lane.id);
  const card = makeCard({
    id: input.id,
    mapId: stage.mapId,
    stageId: stage.id,
    laneId: lane.id,
    text: input.text,
    order: siblings.length,
    ...input.fields,
  });
  ws.cards[card.id] = card;
  placeAt(siblings, ws.cards[card.id]!, input.index ?? siblings.length);
  touchMap(ws, stage.mapId);
  return card;
}

export type CardPatch = Partial<Pick<Card, 'text' | 'color' | 'channel' | 'severity'>>;

export function updateCard(ws: Workspace, cardId: Id, patch: CardPatch): void {
  const card = requireEntity(ws.cards, cardId, 'Card');
  const changes = Object.entries(patch).filter(([key, value]) => value !== undefined && card[key as keyof CardPatch] !== value);
  if (changes.length === 0) return;
  Object.assign(card, Object.fromEntries(changes));
  touchMap(ws, card.mapId);
}

/** Move a card to a cell (possibly its own) at a position. */
export function moveCard(ws: Workspace, cardId: Id, stageId: Id, laneId: Id, index: number): void {
  const card = requireEntity(ws.cards, cardId, 'Card');
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  if (stage.mapId !== card.mapId || lane.mapId !== card.mapId) throw new Error('Cards move only within their map');
  const from = { stageId: card.stageId, laneId: card.laneId };
  card.stageId = stageId;
  card.laneId = laneId;
  placeAt(siblingsOf(ws, stageId, laneId, cardId), card, index);
  if (from.stageId !== stageId || from.laneId !== laneId) compact(siblingsOf(ws, from.stageId, from.laneId));
  touchMap(ws, card.mapId);
}

/** Delete cards and the links that touch them. */
export function deleteCards(ws: Workspace, cardIds: Id[]): void {
  const doomed = new Set(cardIds.filter((id) => ws.cards[id]));
  if (doomed.size === 0) return;
  const cells = new Map<string, { stageId: Id; laneId: Id }>();
  const maps = new Set<Id>();
  for (const id of doomed) {
    const card = ws.cards[id]!;
    cells.set(`${card.stageId}|${card.laneId}`, { stageId: card.stageId, laneId: card.laneId });
    maps.add(card.mapId);
    delete ws.cards[id];
  }
  for (const [id, link] of Object.entries(ws.links)) {
    if (doomed.has(link.fromCardId) || doomed.has(link.toCardId)) delete ws.links[id];
  }
  for (const cell of cells.values()) compact(siblingsOf(ws, cell.stageId, cell.laneId));
  for (const mapId of maps) touchMap(ws, mapId);
}

/** A copy of the card right after it in the same cell. */
export function duplicateCard(ws: Workspace, cardId: Id, copyId: Id): Card {
  const card = requireEntity(ws.cards, cardId, 'Card');
  return addCard(ws, {
    id: copyId,
    stageId: card.stageId,
    laneId: card.laneId,
    text: card.text,
    index: card.order + 1,
    fields: { color: card.color, channel: card.channel, severity: card.severity },
  });
}

/**
 * Move several cards into one cell, keeping their reading order (stage, lane, position).
 * `index` counts among the cell's cards that stay where they are.
 */
export function moveCards(ws: Workspace, cardIds: Id[], stageId: Id, laneId: Id, index: number): void {
  const moving = [...new Set(cardIds)].map((id) => requireEntity(ws.cards, id, 'Card'));
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  requireEntity(ws.lanes, laneId, 'Lane');
  if (moving.some((c) => c.mapId !== stage.mapId)) throw new Error('Cards move only within their map');
  const stageOrder = (c: Card) => ws.stages[c.stageId]?.order ?? 0;
  const laneOrder = (c: Card) => ws.lanes[c.laneId]?.order ?? 0;
  moving.sort((a, b) => stageOrder(a) - stageOrder(b) || laneOrder(a) - laneOrder(b) || a.order - b.order);
  const sources = new Map(moving.map((c) => [`${c.stageId}|${c.laneId}`, { stageId: c.stageId, laneId: c.laneId }]));
  const movingIds = new Set(moving.map((c) => c.id));
  const staying = siblingsOf(ws, stageId, laneId).filter((c) => !movingIds.has(c.id));
  for (const card of moving) {
    card.stageId = stageId;
    card.laneId = laneId;
  }
  const list = [...staying];
  list.splice(Math.max(0, Math.min(index, list.length)), 0, ...moving);
  list.forEach((card, i) => {
    if (card.order !== i) card.order = i;
  });
  for (const source of sources.values()) {
    if (source.stageId !== stageId || source.laneId !== laneId) compact(siblingsOf(ws, source.stageId, source.laneId));
  }
  touchMap(ws, stage.mapId);
}

/** The parts of a card that travel through copy and paste. */
export type CardContent = Pick<Card, 'text' | 'color' | 'channel' | 'severity'>;

/** Insert copies of card contents into a cell at `index`; returns the new ids in order. */
export function pasteCards(
  ws: Workspace,
  contents: CardContent[],
  stageId: Id,
  laneId: Id,
  index: number,
  newId: () => Id,
): Id[] {
  return contents.map((content, i) => {
    const { text, ...fields } = content;
    return addCard(ws, { id: newId(), stageId, laneId, text, index: index + i, fields }).id;
  });
}
