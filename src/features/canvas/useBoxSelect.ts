import { useEffect, useRef } from 'react';
import { trackPointer } from '../../ui/trackPointer';
import { clearSelection, useEditorStore } from './editorStore';

const INTERACTIVE = '.card, button, input, textarea, select, [role="slider"], [role="separator"], .card-options, .menu';

/**
 * Shift-drag on the board's background draws a box and selects the cards it touches; a plain
 * press on the background clears the selection. Listens natively on the board so it can keep
 * React Flow from panning during a shift-drag.
 */
export function useBoxSelect() {
  const boardRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const board = boardRef.current;
    if (!board) return;
    const onMouseDown = (e: MouseEvent) => {
      if (e.shiftKey && !(e.target as HTMLElement).closest(INTERACTIVE)) e.stopPropagation();
    };
    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0 || (e.target as HTMLElement).closest(INTERACTIVE)) return;
      if (!e.shiftKey) {
        clearSelection();
        return;
      }
      e.preventDefault();
      const origin = board.getBoundingClientRect();
      const scale = origin.width / board.offsetWidth || 1;
      const box = document.createElement('div');
      box.className = 'selection-box';
      board.appendChild(box);
      const start = { x: e.clientX, y: e.clientY };
      let rect = { left: start.x, top: start.y, right: start.x, bottom: start.y };
      const onMove = (ev: PointerEvent) => {
        rect = {
          left: Math.min(start.x, ev.clientX),
          right: Math.max(start.x, ev.clientX),
          top: Math.min(start.y, ev.clientY),
          bottom: Math.max(start.y, ev.clientY),
        };
        Object.assign(box.style, {
          left: `${(rect.left - origin.left) / scale}px`,
          top: `${(rect.top - origin.top) / scale}px`,
          width: `${(rect.right - rect.left) / scale}px`,
          height: `${(rect.bottom - rect.top) / scale}px`,
        });
      };
      trackPointer(onMove, (cancelled) => {
        box.remove();
        if (cancelled) return;
        const hits = [...board.querySelectorAll<HTMLElement>('.card[data-card-id]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right >= rect.left && r.left <= rect.right && r.bottom >= rect.top && r.top <= rect.bottom;
        });
        const ids = hits.map((el) => el.dataset.cardId!);
        const { selection } = useEditorStore.getState();
        useEditorStore.setState({ selection: [...new Set([...selection, ...ids])] });
      });
    };
    board.addEventListener('mousedown', onMouseDown);
    board.addEventListener('pointerdown', onPointerDown);
    return () => {
      board.removeEventListener('mousedown', onMouseDown);
      board.removeEventListener('pointerdown', onPointerDown);
    };
  }, []);
  return boardRef;
}
