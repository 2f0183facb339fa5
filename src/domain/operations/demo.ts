import { ENTITY_TABLES, type Id, type Workspace } from '../types';

/**
 * Put the demo records back as they were first shipped. Records the user added to the demo
 * map go too (they are part of "the demo map"); everything else the user made stays.
 */
export function resetDemo(ws: Workspace, demo: Workspace, demoIdPrefix: string, demoMapId: Id): void {
  for (const table of ENTITY_TABLES) {
    const records = ws[table] as Record<Id, { id: Id; mapId?: Id | null }>;
    for (const [id, record] of Object.entries(records)) {
      if (id.startsWith(demoIdPrefix) || (table !== 'hypotheses' && record.mapId === demoMapId)) delete records[id];
    }
    Object.assign(records, structuredClone(demo[table]));
  }
}
