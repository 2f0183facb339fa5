import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Lane, Stage } from '../../domain/types';
import { useT } from '../../i18n/useT';
import { LANE_HEADER_WIDTH } from '../../ui/boardMetrics';
import { laneTitle } from '../../ui/laneTitle';
import { useRowHeights } from './rowHeights';

interface StickyHeadersProps {
  stages: Stage[];
  lanes: Lane[];
}

/**
 * Copies of the stage and lane headers pinned to the top and left edges of the canvas, shown
 * once the real ones are panned out of sight. They follow the viewport by writing transforms
 * directly (no React render per frame) and are hidden from assistive technology: the real
 * headers stay the accessible ones.
 */
export function StickyHeaders({ stages, lanes }: StickyHeadersProps) {
  const t = useT();
  const api = useStoreApi();
  const top = useRef<HTMLDivElement>(null);
  const left = useRef<HTMLDivElement>(null);
  const heights = useRowHeights((s) => s.heights);
  const headerHeight = heights[''] ?? 48;

  useEffect(() => {
    const apply = ([x, y, zoom]: [number, number, number]) => {
      if (top.current) {
        top.current.style.transform = `translate(${x}px, 0) scale(${zoom})`;
        top.current.style.visibility = y < -2 ? 'visible' : 'hidden';
      }
      if (left.current) {
        left.current.style.transform = `translate(0, ${y}px) scale(${zoom})`;
        left.current.style.visibility = x < -2 ? 'visible' : 'hidden';
      }
    };
    apply(api.getState().transform);
    return api.subscribe((state, previous) => {
      if (state.transform !== previous.transform) apply(state.transform);
    });
  }, [api, stages, lanes]);

  return (
    <div className="sticky-headers" aria-hidden="true">
      <div className="sticky-top" ref={top}>
        <div style={{ width: LANE_HEADER_WIDTH, flex: 'none' }} />
        {stages.map((stage, index) => (
          <div className="sticky-stage" key={stage.id} style={{ width: stage.width, height: headerHeight }}>
            <span className="stage-number">{index + 1}</span> {stage.name}
          </div>
        ))}
      </div>
      <div className="sticky-left" ref={left}>
        <div style={{ height: headerHeight, flex: 'none' }} />
        {lanes.map((lane) => (
          <div className="sticky-lane" key={lane.id} style={{ height: heights[lane.id] ?? 64, width: LANE_HEADER_WIDTH }}>
            {laneTitle(lane, t)}
          </div>
        ))}
      </div>
    </div>
  );
}
