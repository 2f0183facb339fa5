// The rows of schema versions 1-2 (one row per record, before the workspace moved onto Yjs
// documents). They are read once, to build the documents, and otherwise left as they are.
import { ENTITY_TABLES, emptyWorkspace, type Workspace } from '../domain/types';
import type { TropaDatabase } from './database';

export async function readLegacyRows(db: TropaDatabase): Promise<Workspace> {
  const workspace = emptyWorkspace();
  await db.transaction('r', ENTITY_TABLES as string[], async () => {
    for (const table of ENTITY_TABLES) {
      const rows = await db.table(table).toArray();
      const target = workspace[table] as Record<string, unknown>;
      for (const row of rows) target[(row as { id: string }).id] = row;
    }
  });
  return workspace;
}

export function isEmptyWorkspace(workspace: Workspace): boolean {
  return ENTITY_TABLES.every((table) => Object.keys(workspace[table]).length === 0);
}
