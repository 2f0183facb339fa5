import { useRef } from 'react';
import { cardsByCell } from '../../domain/selectors';
import type { Card, Id } from '../../domain/types';
import { useWorkspace } from '../../store/workspace';

const EMPTY: Card[] = [];

function sameCards(a: Card[], b: Card[]): boolean {
  return a.length === b.length && a.every((card, i) => card === b[i]);
}

/**
 * The map's cards grouped by cell, in one pass per change. A cell whose cards did not change
 * keeps its previous array, so memoised cells skip re-rendering: an edit repaints one cell.
 */
export function useCardsByCell(mapId: Id): (key: string) => Card[] {
  const cards = useWorkspace((ws) => ws.cards);
  const cache = useRef<{ cards: unknown; groups: Map<string, Card[]> }>({ cards: null, groups: new Map() });
  if (cache.current.cards !== cards) {
    const previous = cache.current.groups;
    const next = cardsByCell(Object.values(cards), mapId);
    for (const [key, group] of next) {
      const old = previous.get(key);
      if (old && sameCards(old, group)) next.set(key, old);
    }
    cache.current = { cards, groups: next };
  }
  const groups = cache.current.groups;
  return (key) => groups.get(key) ?? EMPTY;
}
