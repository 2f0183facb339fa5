// What Tropa stored in IndexedDB, read the way another program would: the raw rows of the
// document updates table, decoded here (in Node) with the same document layout as the app.
import type { Page } from '@playwright/test';
import { ORIGIN } from '../../src/sync/origins';
import { WorkspaceDocs } from '../../src/sync/workspaceDocs';

export type Row = Record<string, any>;
export type Tables = Record<'segments' | 'personas' | 'maps' | 'stages' | 'lanes' | 'cards' | 'links' | 'hypotheses' | 'channels', Row[]>;

/** The raw update rows, from a page of the app's origin (or an open IDBDatabase kept on `window[handle]`). */
export async function readUpdateRows(page: Page, handle?: string): Promise<{ docId: string; update: number[] }[]> {
  return page.evaluate(
    (handle) =>
      new Promise<{ docId: string; update: number[] }[]>((resolve, reject) => {
        const read = (db: IDBDatabase, close: boolean) => {
          const request = db.transaction('docUpdates').objectStore('docUpdates').getAll();
          request.onsuccess = () => {
            if (close) db.close();
            resolve(request.result.map((row: { docId: string; update: Uint8Array }) => ({ docId: row.docId, update: Array.from(row.update) })));
          };
          request.onerror = () => reject(request.error);
        };
        if (handle) return read((window as unknown as Record<string, IDBDatabase>)[handle]!, false);
        const open = indexedDB.open('tropa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => read(open.result, true);
      }),
    handle,
  );
}

/** Every record stored, by table (persona photos as their byte size). */
export async function readDatabase(page: Page, handle?: string): Promise<Tables> {
  const docs = new WorkspaceDocs();
  for (const row of await readUpdateRows(page, handle)) docs.applyUpdate(row.docId, new Uint8Array(row.update), ORIGIN.stored);
  const tables: Tables = { segments: [], personas: [], maps: [], stages: [], lanes: [], cards: [], links: [], hypotheses: [], channels: [] };
  for (const { table, value } of docs.records()) {
    tables[table].push(value.photo instanceof Blob ? { ...value, photo: value.photo.size } : value);
  }
  docs.destroy();
  return tables;
}

/** The stored records of one table. */
export async function readRows(page: Page, table: keyof Tables): Promise<Row[]> {
  return (await readDatabase(page))[table];
}
