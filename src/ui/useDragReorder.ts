import { useCallback } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { trackPointer } from './trackPointer';

const THRESHOLD_PX = 5;

/**
 * Drag an item sideways (axis 'x') or up and down (axis 'y') to reorder it among `siblings`
 * (a selector) inside the nearest `container`. The drop index is where the pointer falls among
 * the other items' midpoints. The store changes once, on drop.
 */
export function useDragReorder(axis: 'x' | 'y', container: string, siblings: string, onDrop: (index: number) => void) {
  return useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || (event.target as HTMLElement).closest('button, input, textarea, select, [role="separator"]')) return;
      // The item that moves: the handle itself, or the sibling that contains it.
      const element = event.currentTarget.closest<HTMLElement>(siblings) ?? event.currentTarget;
      const board = element.closest<HTMLElement>(container);
      if (!board) return;
      const start = axis === 'x' ? event.clientX : event.clientY;
      let dragging = false;
      let index = -1;
      const onMove = (e: PointerEvent) => {
        const at = axis === 'x' ? e.clientX : e.clientY;
        if (!dragging && Math.abs(at - start) < THRESHOLD_PX) return;
        dragging = true;
        const scale = element.getBoundingClientRect().width / element.offsetWidth || 1;
        element.classList.add('header-dragging');
        element.style.transform = axis === 'x' ? `translateX(${(at - start) / scale}px)` : `translateY(${(at - start) / scale}px)`;
        const others = [...board.querySelectorAll<HTMLElement>(siblings)].filter((el) => el !== element);
        index = others.filter((el) => {
          const r = el.getBoundingClientRect();
          return axis === 'x' ? r.left + r.width / 2 < at : r.top + r.height / 2 < at;
        }).length;
      };
      trackPointer(onMove, (cancelled) => {
        element.classList.remove('header-dragging');
        element.style.transform = '';
        if (!cancelled && dragging && index >= 0) onDrop(index);
      });
    },
    [axis, container, siblings, onDrop],
  );
}
