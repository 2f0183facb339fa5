import { beforeEach, describe, expect, it } from 'vitest';
import { forgetInJournals, takeJournals, writeJournal } from './closeJournal';
import { createSaver } from './saver';
import { emptyWorkspace } from '../domain/types';

const card = (id: string, text: string) => ({ id, mapId: 'm', stageId: 's', laneId: 'l', text, order: 0, color: 'none', channel: null, severity: null });

describe('close journal', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each closing tab’s unsaved records and hands them over once', () => {
    writeJournal(localStorage, 'a', [{ table: 'cards', id: 'c1', value: card('c1', 'from a') }]);
    writeJournal(localStorage, 'b', [{ table: 'cards', id: 'gone', value: undefined }]);
    const changes = takeJournals(localStorage);
    expect(changes).toHaveLength(2);
    expect(changes).toContainEqual({ table: 'cards', id: 'c1', value: card('c1', 'from a') });
    expect(changes).toContainEqual({ table: 'cards', id: 'gone', value: undefined });
    expect(takeJournals(localStorage)).toEqual([]);
  });

  it('forgets records another write has since made durable, so an old value never comes back', () => {
    writeJournal(localStorage, 'a', [
      { table: 'cards', id: 'c1', value: card('c1', 'old') },
      { table: 'cards', id: 'c2', value: card('c2', 'unsaved') },
    ]);
    forgetInJournals(localStorage, [{ table: 'cards', id: 'c1' }]);
    expect(takeJournals(localStorage).map((c) => c.id)).toEqual(['c2']);
  });

  it('leaves photo Blobs to the database write and drops malformed journals', () => {
    const persona = { id: 'p', name: 'A', photo: new Blob(['x']) };
    writeJournal(localStorage, 'a', [{ table: 'personas', id: 'p', value: persona }]);
    expect(localStorage.length).toBe(0);
    localStorage.setItem('tropa:unsaved:x', '{not json');
    localStorage.setItem('tropa:unsaved:y', JSON.stringify([['nope', 'id', null], ['cards', 'c9', { id: 'other' }], ['cards', 'c3', null]]));
    expect(takeJournals(localStorage)).toEqual([{ table: 'cards', id: 'c3', value: undefined }]);
  });

  it('the saver reports records still in a running write as unsaved', async () => {
    const ws = emptyWorkspace();
    ws.cards.c1 = card('c1', 'text') as never;
    let finish = () => {};
    const saver = createSaver({ getWorkspace: () => ws, write: () => new Promise<void>((resolve) => (finish = resolve)) });
    saver.markDirty([{ table: 'cards', id: 'c1' }]);
    const flushed = saver.flush();
    expect(saver.unsavedChanges()).toEqual([{ table: 'cards', id: 'c1', value: ws.cards.c1 }]);
    finish();
    await flushed;
    expect(saver.unsavedChanges()).toEqual([]);
  });
});
