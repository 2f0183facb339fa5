import { beforeEach, describe, expect, it } from 'vitest';
import { readJournals, removeJournals, writeJournal } from './closeJournal';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('close journal', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each closing tab’s unsaved updates until they are removed', () => {
    writeJournal(localStorage, 'a', [{ docId: 'map:m', update: bytes(1, 2, 3) }]);
    writeJournal(localStorage, 'b', [{ docId: 'workspace', update: bytes(0, 255) }]);
    const first = readJournals(localStorage);
    expect(first.rows).toHaveLength(2);
    expect(first.rows).toContainEqual({ docId: 'map:m', update: bytes(1, 2, 3) });
    expect(first.rows).toContainEqual({ docId: 'workspace', update: bytes(0, 255) });
    // Reading does not remove: a journal stays until its updates are stored again.
    expect(readJournals(localStorage).rows).toHaveLength(2);
    removeJournals(localStorage, first.keys);
    expect(readJournals(localStorage)).toEqual({ keys: [], rows: [] });
  });

  it('an empty list removes the tab’s journal, and malformed entries are skipped', () => {
    writeJournal(localStorage, 'a', [{ docId: 'map:m', update: bytes(1) }]);
    writeJournal(localStorage, 'a', []);
    expect(readJournals(localStorage).rows).toEqual([]);
    localStorage.setItem('tropa:updates:x', '{not json');
    localStorage.setItem('tropa:updates:y', JSON.stringify([[1, 2], ['map:m', 'AQI=']]));
    expect(readJournals(localStorage).rows).toEqual([{ docId: 'map:m', update: bytes(1, 2) }]);
  });
});
