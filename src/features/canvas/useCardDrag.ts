import { useCallback, useRef } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { actions } from '../../store/actions';
import { trackPointer } from '../../ui/trackPointer';
import { findDropTarget, type DropTarget } from './dropTarget';
import { cardsActedOn, selectCard } from './editorStore';

const DRAG_THRESHOLD_PX = 4;

/**
 * Drag a card (with the rest of the selection, if it is selected) to another cell or another
 * place in its cell. The card follows the pointer by a transform; the store changes once, on
 * drop, so the whole drag is one undo step. Shift/Ctrl-press adds to the selection instead.
 */
export function useCardDrag(cardId: string) {
  const state = useRef<{ x: number; y: number; dragging: boolean; target: DropTarget | null } | null>(null);

  return useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || (event.target as HTMLElement).closest('button, textarea, input, select')) return;
      if (event.shiftKey || event.ctrlKey || event.metaKey) {
        selectCard(cardId, true);
        return;
      }
      const element = event.currentTarget;
      const moving = cardsActedOn(cardId);
      const movingSet = new Set(moving);
      if (moving.length === 1) selectCard(cardId, false);
      state.current = { x: event.clientX, y: event.clientY, dragging: false, target: null };
      const highlight = (target: DropTarget | null) => {
        const previous = state.current?.target?.cell;
        if (previous && previous !== target?.cell) previous.classList.remove('drop-target');
        target?.cell.classList.add('drop-target');
      };
      const onMove = (e: PointerEvent) => {
        const s = state.current;
        if (!s) return;
        const dx = e.clientX - s.x;
        const dy = e.clientY - s.y;
        if (!s.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
        if (!s.dragging) {
          s.dragging = true;
          element.classList.add('dragging');
        }
        // The canvas may be zoomed: the card moves in screen pixels, so undo the scale.
        const scale = element.getBoundingClientRect().width / element.offsetWidth || 1;
        element.style.transform = `translate(${dx / scale}px, ${dy / scale}px)`;
        const target = findDropTarget(e.clientX, e.clientY, movingSet);
        highlight(target);
        s.target = target;
      };
      // A drag the system interrupted (a touch turned into a scroll, a dialog, the window lost
      // the pointer) puts the card back: only a real release drops it.
      trackPointer(onMove, (cancelled) => {
        const s = state.current;
        state.current = null;
        if (!s?.dragging) return;
        element.classList.remove('dragging');
        element.style.transform = '';
        s.target?.cell.classList.remove('drop-target');
        if (s.target && !cancelled) actions.moveCards(moving, s.target.stageId, s.target.laneId, s.target.index);
      });
    },
    [cardId],
  );
}
