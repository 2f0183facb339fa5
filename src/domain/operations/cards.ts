import { makeCard } from '../defaults';
import { byOrder, placeAllAt, placeAt, sortByOrder } from '../order';
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

/** New cards, in this order, at `index` in one cell (the end when omitted). */
function insertCards(
  ws: Workspace,
  stageId: Id,
  laneId: Id,
  index: number | undefined,
  inputs: Pick<NewCardInput, 'id' | 'text' | 'fields'>[],
): Card[] {
  const stage = requireEntity(ws.stages, stageId, 'Stage');
  const lane = requireEntity(ws.lanes, laneId, 'Lane');
  if (stage.mapId !== lane.mapId) throw new Error('Stage and lane belong to different maps');
  const siblings = siblingsOf(ws, stage.id, lane.id);
  const cards = inputs.map(({ id, text, fields }) =>
    // The order is a placeholder: placeAllAt sets it.
    makeCard({ id, mapId: stage.mapId, stageId: stage.id, laneId: lane.id, text, order: 0, ...fields }),
  );
  placeAllAt(siblings, cards, index ?? siblings.length);
  for (const card of cards) ws.cards[card.id] = card;
  touchMap(ws, stage.mapId);
  return cards;
}

export function addCard(ws: Workspace, input: NewCardInput): Card {
  return insertCards(ws, input.stageId, input.laneId, input.index, [input])[0]!;
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
  card.stageId = stageId;
  card.laneId = laneId;
  placeAt(siblingsOf(ws, stageId, laneId, cardId), card, index);
  touchMap(ws, card.mapId);
}

/** Delete cards and the links that touch them. */
export function deleteCards(ws: Workspace, cardIds: Id[]): void {
  const doomed = new Set(cardIds.filter((id) => ws.cards[id]));
  if (doomed.size === 0) return;
  // The cards left behind keep their orders: gaps are fine, and renumbering them would
  // clash with other people's edits.
  const maps = new Set<Id>();
  for (const id of doomed) {
    const card = ws.cards[id]!;
    maps.add(card.mapId);
    delete ws.cards[id];
  }
  for (const [id, link] of Object.entries(ws.links)) {
    if (doomed.has(link.fromCardId) || doomed.has(link.toCardId)) delete ws.links[id];
  }
  for (const mapId of maps) touchMap(ws, mapId);
}

/** A copy of the card right after it in the same cell. */
export function duplicateCard(ws: Workspace, cardId: Id, copyId: Id): Card {
  const card = requireEntity(ws.cards, cardId, 'Card');
  // An order is not a position: find the card's place among its siblings.
  const position = siblingsOf(ws, card.stageId, card.laneId).findIndex((c) => c.id === cardId);
  return addCard(ws, {
    id: copyId,
    stageId: card.stageId,
    laneId: card.laneId,
    text: card.text,
    index: position + 1,
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
  // byOrder, not a bare difference: equal orders (concurrent edits) still sort one way.
  const stageOf = (c: Card) => ws.stages[c.stageId] ?? { id: c.stageId, order: 0 };
  const laneOf = (c: Card) => ws.lanes[c.laneId] ?? { id: c.laneId, order: 0 };
  moving.sort((a, b) => byOrder(stageOf(a), stageOf(b)) || byOrder(laneOf(a), laneOf(b)) || byOrder(a, b));
  const movingIds = new Set(moving.map((c) => c.id));
  const staying = siblingsOf(ws, stageId, laneId).filter((c) => !movingIds.has(c.id));
  for (const card of moving) {
    card.stageId = stageId;
    card.laneId = laneId;
  }
  placeAllAt(staying, moving, index);
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
  if (contents.length === 0) return [];
  // One placement for all: orders spread evenly between the neighbours, rather than each
  // copy halving the gap left by the one before.
  const inputs = contents.map(({ text, ...fields }) => ({ id: newId(), text, fields }));
  return insertCards(ws, stageId, laneId, index, inputs).map((card) => card.id);
}
