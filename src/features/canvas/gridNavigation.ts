import type { Id } from '../../domain/types';

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface GridPosition {
  stageIndex: number;
  laneIndex: number;
  /** Index of the card in its cell, or -1 for the cell itself. */
  cardIndex: number;
}

/**
 * The next place for the keyboard focus. Up and down walk the cards of a cell and then the
 * cells of the stage; left and right keep the lane and the card's index where they can.
 * `cardCount(stage, lane)` tells how many cards a cell has. Pure, so it is tested directly.
 */
export function nextPosition(
  from: GridPosition,
  direction: Direction,
  size: { stages: number; lanes: number },
  cardCount: (stageIndex: number, laneIndex: number) => number,
): GridPosition | null {
  const { stageIndex, laneIndex, cardIndex } = from;
  if (direction === 'up' || direction === 'down') {
    const count = cardCount(stageIndex, laneIndex);
    const step = direction === 'down' ? 1 : -1;
    const inCell = cardIndex + step;
    if (cardIndex >= 0 && inCell >= 0 && inCell < count) return { stageIndex, laneIndex, cardIndex: inCell };
    const lane = laneIndex + step;
    if (lane < 0 || lane >= size.lanes) return null;
    const target = cardCount(stageIndex, lane);
    if (target === 0) return { stageIndex, laneIndex: lane, cardIndex: -1 };
    return { stageIndex, laneIndex: lane, cardIndex: direction === 'down' ? 0 : target - 1 };
  }
  const stage = stageIndex + (direction === 'right' ? 1 : -1);
  if (stage < 0 || stage >= size.stages) return null;
  const target = cardCount(stage, laneIndex);
  if (target === 0) return { stageIndex: stage, laneIndex, cardIndex: -1 };
  return { stageIndex: stage, laneIndex, cardIndex: Math.min(Math.max(cardIndex, 0), target - 1) };
}

export const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export interface CellRef {
  stageId: Id;
  laneId: Id;
}
