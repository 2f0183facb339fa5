import { useMemo } from 'react';
import { mapLanes, mapStages } from '../../domain/selectors';
import type { Id, Lane, Stage } from '../../domain/types';
import { useWorkspace } from '../../store/workspace';

/** The map's stages in order and its visible lanes in order; recomputed only when those records change. */
export function useMapGrid(mapId: Id): { stages: Stage[]; lanes: Lane[] } {
  const stagesRecord = useWorkspace((ws) => ws.stages);
  const lanesRecord = useWorkspace((ws) => ws.lanes);
  const stages = useMemo(() => mapStages({ stages: stagesRecord }, mapId), [stagesRecord, mapId]);
  const lanes = useMemo(
    () => mapLanes({ lanes: lanesRecord }, mapId).filter((l) => !l.hidden),
    [lanesRecord, mapId],
  );
  return { stages, lanes };
}
