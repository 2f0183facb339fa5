// The last updates of a closing tab, kept where a write cannot be cut off. IndexedDB writes are
// asynchronous: one started in `pagehide` may be aborted when the tab goes away. localStorage
// writes synchronously, so the updates a closing tab has not yet saved are also put there, and
// the next start applies them and writes them into IndexedDB. A journal is removed only once
// its updates are durable; since Yjs updates are idempotent, replaying one twice is harmless.
import type { DocUpdate } from './database';

const PREFIX = 'tropa:updates:';

/** Keeps this tab's unsaved updates under its own key, so two tabs closing at once keep both. */
export function writeJournal(storage: Storage, tabId: string, rows: readonly DocUpdate[]): void {
  try {
    if (rows.length) storage.setItem(PREFIX + tabId, JSON.stringify(rows.map((r) => [r.docId, toBase64(r.update)])));
    else storage.removeItem(PREFIX + tabId);
  } catch {
    // Storage full or disabled: the IndexedDB flush is all there is.
  }
}

export interface Journals {
  /** The storage keys read, to remove once their updates are durable. */
  keys: string[];
  rows: DocUpdate[];
}

/** Every closed tab's unsaved updates. Anything malformed is skipped: a journal never stops a start. */
export function readJournals(storage: Storage): Journals {
  const found: Journals = { keys: [], rows: [] };
  let keys: string[];
  try {
    keys = Object.keys(storage).filter((k) => k.startsWith(PREFIX));
  } catch {
    return found;
  }
  for (const key of keys) {
    found.keys.push(key);
    try {
      const rows: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      if (!Array.isArray(rows)) continue;
      for (const row of rows) {
        if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') continue;
        found.rows.push({ docId: row[0], update: fromBase64(row[1]) });
      }
    } catch {
      // An unreadable journal is skipped.
    }
  }
  return found;
}

export function removeJournals(storage: Storage, keys: readonly string[]): void {
  try {
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing to do: it is replayed (harmlessly) next time.
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
