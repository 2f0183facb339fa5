import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { mapLinks } from '../../domain/selectors';
import type { Id } from '../../domain/types';
import { useWorkspace } from '../../store/workspace';

interface Segment {
  id: Id;
  d: string;
}

/**
 * Arrows from each recommendation to the barriers it removes, drawn over the board. Card
 * positions come from the laid-out DOM (the grid decides them), read after every change that
 * can move a card.
 */
export const LinksLayer = memo(function LinksLayer({ mapId }: { mapId: Id }) {
  const linksRecord = useWorkspace((ws) => ws.links);
  const cards = useWorkspace((ws) => ws.cards);
  const stages = useWorkspace((ws) => ws.stages);
  const lanes = useWorkspace((ws) => ws.lanes);
  const links = useMemo(() => mapLinks({ links: linksRecord }, mapId), [linksRecord, mapId]);
  const [segments, setSegments] = useState<Segment[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const frame = useRef(0);
  const svgRef = useRef<SVGSVGElement>(null);

  useLayoutEffect(() => {
    // The layer sits inside the board; its own ref is attached before this effect runs.
    const board = svgRef.current?.parentElement;
    if (!board || links.length === 0) {
      setSegments([]);
      return;
    }
    const measure = () => {
      const origin = board.getBoundingClientRect();
      const scale = origin.width / board.offsetWidth || 1;
      const boxOf = (id: Id) => {
        const el = board.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return {
          left: (r.left - origin.left) / scale,
          right: (r.right - origin.left) / scale,
          top: (r.top - origin.top) / scale,
          bottom: (r.bottom - origin.top) / scale,
        };
      };
      const next: Segment[] = [];
      for (const link of links) {
        const from = boxOf(link.fromCardId);
        const to = boxOf(link.toCardId);
        if (!from || !to) continue;
        // Leave from the recommendation's top edge toward the barrier's bottom edge (barriers sit above).
        const x1 = (from.left + from.right) / 2;
        const y1 = from.top;
        const x2 = (to.left + to.right) / 2;
        const y2 = to.bottom;
        const bend = Math.max(24, Math.abs(y1 - y2) / 2);
        next.push({ id: link.id, d: `M ${x1} ${y1} C ${x1} ${y1 - bend}, ${x2} ${y2 + bend}, ${x2} ${y2}` });
      }
      setSegments(next);
      setSize({ width: board.offsetWidth, height: board.offsetHeight });
    };
    measure();
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(measure);
    });
    observer.observe(board);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [links, cards, stages, lanes]);

  return (
    <svg ref={svgRef} className="links-layer" width={size.width} height={size.height} aria-hidden="true">
      <defs>
        <marker id="link-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#1b8a6b" />
        </marker>
      </defs>
      {segments.map((s) => (
        <path key={s.id} d={s.d} className="link-path" markerEnd="url(#link-arrow)" data-link-id={s.id} />
      ))}
    </svg>
  );
});
