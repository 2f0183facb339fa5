import { ENTITY_TABLES, emptyWorkspace, type RecordKey, type Workspace } from '../domain/types';
import type { TropaDatabase } from './database';

export async function loadWorkspace(db: TropaDatabase): Promise<Workspace> {
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

/** A row to write: its current value, or undefined when the record no longer exists. */
export interface RowChange extends RecordKey {
  value: unknown;
}

/** Write the given rows in one transaction: all of them land, or none. */
export async function writeRows(db: TropaDatabase, changes: RowChange[]): Promise<void> {
  if (changes.length === 0) return;
  const tables = [...new Set(changes.map((c) => c.table))];
  await db.transaction('rw', tables, async () => {
    for (const table of tables) {
      const ofTable = changes.filter((c) => c.table === table);
      const puts = ofTable.filter((c) => c.value !== undefined).map((c) => c.value);
      const deletes = ofTable.filter((c) => c.value === undefined).map((c) => c.id);
      if (puts.length) await db.table(table).bulkPut(puts);
      if (deletes.length) await db.table(table).bulkDelete(deletes);
    }
  });
}
