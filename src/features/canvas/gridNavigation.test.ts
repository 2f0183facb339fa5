import { describe, expect, it } from 'vitest';
import { nextPosition } from './gridNavigation';

// 3 stages x 3 lanes; cell (stage, lane) holds counts[lane][stage] cards.
const counts = [
  [2, 0, 1],
  [0, 3, 0],
  [1, 1, 1],
];
const size = { stages: 3, lanes: 3 };
const count = (s: number, l: number) => counts[l]![s]!;

describe('nextPosition', () => {
  it('walks the cards of a cell, then into the next lane', () => {
    expect(nextPosition({ stageIndex: 0, laneIndex: 0, cardIndex: 0 }, 'down', size, count)).toEqual({ stageIndex: 0, laneIndex: 0, cardIndex: 1 });
    expect(nextPosition({ stageIndex: 0, laneIndex: 0, cardIndex: 1 }, 'down', size, count)).toEqual({ stageIndex: 0, laneIndex: 1, cardIndex: -1 });
    expect(nextPosition({ stageIndex: 0, laneIndex: 1, cardIndex: -1 }, 'down', size, count)).toEqual({ stageIndex: 0, laneIndex: 2, cardIndex: 0 });
    expect(nextPosition({ stageIndex: 1, laneIndex: 2, cardIndex: 0 }, 'up', size, count)).toEqual({ stageIndex: 1, laneIndex: 1, cardIndex: 2 });
  });

  it('keeps the lane and the card index when moving sideways', () => {
    expect(nextPosition({ stageIndex: 1, laneIndex: 1, cardIndex: 2 }, 'left', size, count)).toEqual({ stageIndex: 0, laneIndex: 1, cardIndex: -1 });
    expect(nextPosition({ stageIndex: 0, laneIndex: 0, cardIndex: 1 }, 'right', size, count)).toEqual({ stageIndex: 1, laneIndex: 0, cardIndex: -1 });
    expect(nextPosition({ stageIndex: 1, laneIndex: 0, cardIndex: -1 }, 'right', size, count)).toEqual({ stageIndex: 2, laneIndex: 0, cardIndex: 0 });
  });

  it('stops at the edges', () => {
    expect(nextPosition({ stageIndex: 0, laneIndex: 0, cardIndex: 0 }, 'up', size, count)).toBeNull();
    expect(nextPosition({ stageIndex: 0, laneIndex: 0, cardIndex: 0 }, 'left', size, count)).toBeNull();
    expect(nextPosition({ stageIndex: 2, laneIndex: 2, cardIndex: 0 }, 'down', size, count)).toBeNull();
    expect(nextPosition({ stageIndex: 2, laneIndex: 2, cardIndex: 0 }, 'right', size, count)).toBeNull();
  });
});
