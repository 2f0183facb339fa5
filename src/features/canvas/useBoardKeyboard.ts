import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import type { Lane, Stage } from '../../domain/types';
import { matchKey } from '../../ui/matchKey';
import { useEditorStore } from './editorStore';
import { ARROWS, nextPosition } from './gridNavigation';

function cellElement(board: HTMLElement, stageId: string, laneId: string): HTMLElement | null {
  return board.querySelector<HTMLElement>(`.cell[data-stage-id="${CSS.escape(stageId)}"][data-lane-id="${CSS.escape(laneId)}"]`);
}

const cardsIn = (cell: HTMLElement) => [...cell.querySelectorAll<HTMLElement>(':scope > .card[data-card-id]')];

/**
 * Arrow keys move between cards and cells, N (or Enter on an empty cell) starts a new card.
 * Works from the DOM the board rendered, so it sees exactly what the user sees.
 */
export function useBoardKeyboard(stages: Stage[], lanes: Lane[]) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (!target.matches('.card, .cell')) return;
      const cell = target.closest<HTMLElement>('.cell[data-stage-id]');
      const board = event.currentTarget;
      if (!cell) return;
      const stageId = cell.dataset.stageId!;
      const laneId = cell.dataset.laneId!;
      if (matchKey(event, 'n') || (event.key === 'Enter' && target === cell)) {
        event.preventDefault();
        useEditorStore.getState().startDraft(stageId, laneId);
        return;
      }
      const direction = ARROWS[event.key];
      if (!direction) return;
      const cardLanes = lanes.filter((l) => l.kind !== 'emotions');
      const from = {
        stageIndex: stages.findIndex((s) => s.id === stageId),
        laneIndex: cardLanes.findIndex((l) => l.id === laneId),
        cardIndex: target === cell ? -1 : cardsIn(cell).indexOf(target),
      };
      if (from.stageIndex < 0 || from.laneIndex < 0) return;
      const count = (s: number, l: number) => {
        const el = cellElement(board, stages[s]!.id, cardLanes[l]!.id);
        return el ? cardsIn(el).length : 0;
      };
      const next = nextPosition(from, direction, { stages: stages.length, lanes: cardLanes.length }, count);
      event.preventDefault();
      if (!next) return;
      const nextCell = cellElement(board, stages[next.stageIndex]!.id, cardLanes[next.laneIndex]!.id);
      const focusTarget = next.cardIndex < 0 ? nextCell : nextCell && cardsIn(nextCell)[next.cardIndex];
      focusTarget?.focus({ preventScroll: true });
    },
    [stages, lanes],
  );
}
