// The last edits of a closing tab, kept where a write cannot be cut off. IndexedDB writes are
// asynchronous: one started in `pagehide` may be aborted when the tab goes away. localStorage
// writes synchronously, so the few records a closing tab has not yet saved are also put there,
// and the next start writes them into IndexedDB before loading.
import { ENTITY_TABLES } from '../domain/types';
import type { RowChange } from './workspaceRepository';

const PREFIX = 'tropa:unsaved:';

/** Records that cannot travel as JSON (a persona's photo Blob) are left to the normal write. */
function serialisable(change: RowChange): boolean {
  const value = change.value as Record<string, unknown> | undefined;
  return !value || !Object.values(value).some((v) => typeof Blob !== 'undefined' && v instanceof Blob);
}

/** Keeps this tab's unsaved changes under its own key, so two tabs closing at once keep both. */
export function writeJournal(storage: Storage, tabId: string, changes: RowChange[]): void {
  const kept = changes.filter(serialisable);
  try {
    if (kept.length) storage.setItem(PREFIX + tabId, JSON.stringify(kept.map((c) => [c.table, c.id, c.value ?? null])));
    else storage.removeItem(PREFIX + tabId);
  } catch {
    // Storage full or disabled: the IndexedDB flush is all there is.
  }
}

/**
 * Every closed tab's unsaved changes, oldest tab first, removed from storage as they are read.
 * Anything malformed is dropped: a journal is a safety net, never a reason not to start.
 */
export function takeJournals(storage: Storage): RowChange[] {
  const changes: RowChange[] = [];
  let keys: string[];
  try {
    keys = Object.keys(storage).filter((k) => k.startsWith(PREFIX));
  } catch {
    return changes;
  }
  for (const key of keys) {
    try {
      const rows: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      storage.removeItem(key);
      if (!Array.isArray(rows)) continue;
      for (const row of rows) {
        if (!Array.isArray(row) || row.length !== 3) continue;
        const [table, id, value] = row as [unknown, unknown, unknown];
        if (typeof id !== 'string' || !(ENTITY_TABLES as readonly unknown[]).includes(table)) continue;
        if (value !== null && (typeof value !== 'object' || (value as { id?: unknown }).id !== id)) continue;
        changes.push({ table: table as RowChange['table'], id, value: value ?? undefined });
      }
    } catch {
      // An unreadable journal is skipped.
    }
  }
  return changes;
}

/**
 * Drops records from every tab's journal once a write put newer values in the database: a
 * closed tab's journal must never bring back an old value over what another tab saved since.
 */
export function forgetInJournals(storage: Storage, written: readonly { table: string; id: string }[]): void {
  if (written.length === 0) return;
  const done = new Set(written.map((k) => `${k.table}/${k.id}`));
  try {
    for (const key of Object.keys(storage)) {
      if (!key.startsWith(PREFIX)) continue;
      const rows: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      if (!Array.isArray(rows)) continue;
      const kept = rows.filter((row) => !(Array.isArray(row) && done.has(`${row[0]}/${row[1]}`)));
      if (kept.length === rows.length) continue;
      if (kept.length) storage.setItem(key, JSON.stringify(kept));
      else storage.removeItem(key);
    }
  } catch {
    // An unreadable journal is dropped at the next start anyway.
  }
}
