import { useMemo } from 'react';
import { mapLanes, mapStages } from '../../domain/selectors';
import type { Id, Lane, Stage } from '../../domain/types';
import { useWorkspace } from '../../store/workspace';

export interface MapGrid {
  stages: Stage[];
  /** Every lane of the map in order, hidden ones included. */
  allLanes: Lane[];
  /** The lanes shown on the board. */
  lanes: Lane[];
}

/** The map's stages and lanes in order; recomputed only when those records change. */
export function useMapGrid(mapId: Id): MapGrid {
  const stagesRecord = useWorkspace((ws) => ws.stages);
  const lanesRecord = useWorkspace((ws) => ws.lanes);
  const stages = useMemo(() => mapStages({ stages: stagesRecord }, mapId), [stagesRecord, mapId]);
  const { allLanes, lanes } = useMemo(() => {
    const all = mapLanes({ lanes: lanesRecord }, mapId);
    return { allLanes: all, lanes: all.filter((l) => !l.hidden) };
  }, [lanesRecord, mapId]);
  return { stages, allLanes, lanes };
}
