import type { Id, Workspace } from '../types';

/** Mark a map as changed now, so lists can sort by recency. */
export function touchMap(ws: Workspace, mapId: Id, now = Date.now()): void {
  const map = ws.maps[mapId];
  if (map) map.updatedAt = now;
}

export function requireEntity<T>(record: Record<Id, T>, id: Id, what: string): T {
  const entity = record[id];
  if (!entity) throw new Error(`${what} ${id} does not exist`);
  return entity;
}
