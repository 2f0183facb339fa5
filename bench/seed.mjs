// A generated map, stored as Tropa stores it: one Yjs document per map, kept in IndexedDB as
// rows of the `docUpdates` table ({ docId, update: Uint8Array }). The documents are built in
// Node by the app's own encoder (bench/appCode.mjs), after the map passed the app's own checks.
import { isDeepStrictEqual } from 'node:util';

/**
 * The documents for a generated workspace (`[{ docId, update }]`). Throws unless the workspace
 * is one the app accepts: every table present, every record in its table's shape, no record
 * pointing at nothing, and the file it exports to passes the import's schema and references.
 */
export async function encodeMap(app, workspace) {
  const tables = Object.keys(workspace).sort();
  if (!isDeepStrictEqual(tables, [...app.ENTITY_TABLES].sort())) throw new Error(`Generated workspace has tables ${tables}`);
  for (const table of tables) {
    for (const [id, value] of Object.entries(workspace[table])) {
      if (!app.hasRecordShape(table, id, value)) throw new Error(`Generated ${table} record ${id} has not the shape the app reads`);
    }
  }
  const orphans = app.orphanRecords(workspace);
  if (orphans.length) throw new Error(`Generated records point at nothing: ${JSON.stringify(orphans.slice(0, 5))}`);
  // The export writes a pointer to nothing as null, or leaves the record out: it must change nothing.
  const file = await app.exportWorkspace(workspace);
  for (const table of tables) {
    const records = Object.values(workspace[table]).map((record) =>
      table === 'lanes' ? { ...record, scores: Object.entries(record.scores).map(([stageId, score]) => ({ stageId, score })) }
      : table === 'personas' ? { ...record, photo: null }
      : record,
    );
    if (!isDeepStrictEqual(file[table], records)) throw new Error(`Generated ${table} hold pointers to nothing (the export changed them)`);
  }
  const checked = app.readDocument(JSON.parse(JSON.stringify(file)));
  if (!checked.ok) throw new Error(`The import refuses the generated map: ${JSON.stringify(checked.problems ?? checked).slice(0, 500)}`);

  const rows = app.encodeWorkspace(workspace);
  // The map's document and nothing else: the map has no segment or persona, so it refers to
  // nothing in the workspace document (which the app's demo already holds).
  const mapIds = Object.keys(workspace.maps);
  const expected = mapIds.map((id) => app.mapDocId(id));
  if (!isDeepStrictEqual(rows.map((r) => r.docId).sort(), expected.sort())) throw new Error(`Unexpected documents: ${rows.map((r) => r.docId)}`);

  // Read back as the app reads them: the documents hold exactly the generated records.
  const docs = new app.WorkspaceDocs();
  for (const { docId, update } of rows) docs.applyUpdate(docId, update, app.ORIGIN.stored);
  const back = app.emptyWorkspace();
  for (const { table, id, value } of docs.records()) back[table][id] = value;
  docs.destroy();
  if (!isDeepStrictEqual(back, workspace)) throw new Error('The documents do not read back as the generated map');
  return rows;
}

/**
 * Writes the documents into the page's database, next to the demo workspace the app created
 * on its first start, as rows the app then loads like any saved map.
 */
export async function seed(page, base, rows) {
  await page.goto(base + '#/maps');
  await page.locator('.app-header').waitFor();
  const encoded = rows.map(({ docId, update }) => ({ docId, update: Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64') }));
  const stored = await page.evaluate(async (rows) => {
    // Only the app creates its database (the demo is written in the same upgrade): opened
    // without a version, and given up if it does not exist yet, until the app has made it.
    const openExisting = () =>
      new Promise((resolve) => {
        const open = indexedDB.open('tropa');
        open.onupgradeneeded = () => open.transaction.abort();
        open.onerror = () => resolve(null);
        open.onsuccess = () => resolve(open.result);
      });
    let db = null;
    for (let i = 0; i < 200 && !db; i++) {
      db = await openExisting();
      if (db && !db.objectStoreNames.contains('docUpdates')) {
        db.close();
        db = null;
      }
      if (!db) await new Promise((r) => setTimeout(r, 50));
    }
    if (!db) throw new Error('Tropa did not create its docUpdates table');
    const done = (request) => new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('docUpdates', 'readwrite');
    const table = tx.objectStore('docUpdates');
    const existing = await done(table.index('docId').count(IDBKeyRange.only(rows[0].docId)));
    if (existing) throw new Error(`${rows[0].docId} is already stored`);
    for (const { docId, update } of rows) {
      const text = atob(update);
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
      table.add({ docId, update: bytes });
    }
    const total = await done(table.count());
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
    return total;
  }, encoded);
  return { rows: stored, mapBytes: rows.reduce((sum, r) => sum + r.update.byteLength, 0) };
}
