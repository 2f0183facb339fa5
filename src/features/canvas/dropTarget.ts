/** Where a dragged card would land: a cell and a position in it. */
export interface DropTarget {
  stageId: string;
  laneId: string;
  index: number;
  /** The cell element, to highlight it. */
  cell: HTMLElement;
}

/**
 * The cell under the pointer and the index among its cards (the dragged cards are skipped,
 * so dropping a card where it was keeps its place).
 */
export function findDropTarget(x: number, y: number, dragged: ReadonlySet<string>): DropTarget | null {
  const hit = document.elementsFromPoint(x, y).find((el) => el instanceof HTMLElement && el.matches('.cell[data-stage-id]'));
  const cell = hit as HTMLElement | undefined;
  if (!cell) return null;
  const cards = [...cell.querySelectorAll<HTMLElement>('.card[data-card-id]')].filter(
    (el) => !dragged.has(el.dataset.cardId!),
  );
  let index = cards.length;
  for (let i = 0; i < cards.length; i++) {
    const box = cards[i]!.getBoundingClientRect();
    if (y < box.top + box.height / 2) {
      index = i;
      break;
    }
  }
  return { stageId: cell.dataset.stageId!, laneId: cell.dataset.laneId!, index, cell };
}
