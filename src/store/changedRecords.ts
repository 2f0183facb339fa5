import type { Patch } from 'immer';
import { ENTITY_TABLES, type EntityTable, type RecordKey } from '../domain/types';

export type { RecordKey };

const TABLES = new Set<string>(ENTITY_TABLES);

/**
 * Which records a set of immer patches touched. A patch path starts with the table and the
 * record id; anything deeper is a field of that record, so the whole record is rewritten.
 */
export function changedRecords(patches: readonly Patch[]): RecordKey[] {
  const seen = new Set<string>();
  const keys: RecordKey[] = [];
  for (const patch of patches) {
    const [table, id] = patch.path;
    if (typeof table !== 'string' || !TABLES.has(table) || id === undefined) continue;
    const key = `${table}/${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keys.push({ table: table as EntityTable, id: String(id) });
  }
  return keys;
}
