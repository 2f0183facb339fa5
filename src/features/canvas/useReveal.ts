import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';

const MARGIN = 48;

/**
 * Pan the canvas just enough to show an element of the board. Focusing an element inside the
 * canvas would otherwise make the browser scroll React Flow's clipped container, which throws
 * the viewport and its pointer maths out of step.
 */
export function useReveal() {
  const flow = useReactFlow();
  return useCallback(
    (element: HTMLElement) => {
      const container = element.closest<HTMLElement>('.react-flow');
      if (!container) return;
      for (const el of [container, ...container.querySelectorAll<HTMLElement>('.react-flow__renderer, .react-flow__pane')]) {
        if (el.scrollTop || el.scrollLeft) {
          el.scrollTop = 0;
          el.scrollLeft = 0;
        }
      }
      const view = container.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      let dx = 0;
      let dy = 0;
      if (box.left < view.left + MARGIN) dx = view.left + MARGIN - box.left;
      else if (box.right > view.right - MARGIN) dx = Math.max(view.right - MARGIN - box.right, view.left + MARGIN - box.left);
      if (box.top < view.top + MARGIN) dy = view.top + MARGIN - box.top;
      else if (box.bottom > view.bottom - MARGIN) dy = Math.max(view.bottom - MARGIN - box.bottom, view.top + MARGIN - box.top);
      if (dx || dy) {
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x + dx, y: y + dy, zoom });
      }
    },
    [flow],
  );
}
