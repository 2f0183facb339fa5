/** Writes a generated map into Tropa's IndexedDB, as a saved map the app then opens. */
export async function seed(page, base, data) {
  await page.goto(base + '#/maps');
  await page.locator('.app-header').waitFor();
  await page.evaluate(
    (rows) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tropa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['maps', 'stages', 'lanes', 'cards'], 'readwrite');
          for (const table of ['maps', 'stages', 'lanes', 'cards']) for (const row of rows[table]) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    data,
  );
}

