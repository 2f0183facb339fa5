import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { readDatabase, type Row, type Tables } from './database';
import { expect, openApp, test, waitSaved } from './fixtures';
import { addCard, card } from './helpers';

/** A map as a person sees it, without ids: comparable between a map and its imported copy. */
function describeMap(db: Tables, mapId: string) {
  const map = db.maps.find((m) => m.id === mapId)!;
  const byOrder = (a: Row, b: Row) => a.order - b.order;
  const stages = db.stages.filter((s) => s.mapId === mapId).sort(byOrder);
  const lanes = db.lanes.filter((l) => l.mapId === mapId).sort(byOrder);
  const cards = db.cards.filter((c) => c.mapId === mapId);
  const cell = (stage: Row, lane: Row) =>
    cards
      .filter((c) => c.stageId === stage.id && c.laneId === lane.id)
      .sort(byOrder)
      .map((c) => `${c.text}|${c.color}|${c.channel && !/^[a-z]+$/i.test(c.channel) ? 'library' : c.channel}|${c.severity}`);
  const segment = db.segments.find((s) => s.id === map.segmentId);
  const persona = db.personas.find((p) => p.id === map.personaId);
  const { id: _p, segmentId: _s, createdAt: _c, updatedAt: _u, ...personaFields } = persona ?? {};
  return {
    segment: segment ? { name: segment.name, description: segment.description, revenueShare: segment.revenueShare } : null,
    // A persona that never had a photo has no photo field; an imported one has photo: null.
    persona: persona ? { ...personaFields, photo: personaFields.photo ?? null } : null,
    stages: stages.map((s) => [s.name, s.width, s.goalAlignment]),
    lanes: lanes.map((l) => [l.kind, l.name, stages.map((s) => l.scores[s.id] ?? null)]),
    cells: lanes.map((l) => stages.map((s) => cell(s, l))),
    links: db.links.filter((l) => l.mapId === mapId).length,
    hypotheses: db.hypotheses
      .filter((h) => h.mapId === mapId)
      .map((h) => [h.title, h.status, h.readings.length, stages.findIndex((s) => s.id === h.stageId)])
      .sort(),
  };
}

/** Click a menu item and return the real download it starts. */
async function download(page: Page, start: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = await file.path();
  return { download: file, text: await readFile(path, 'utf8') };
}

/** Pick a file through the real "Import file" button and its file chooser. */
async function importThroughChooser(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import file' }).click()]);
  await chooser.setFiles(file);
}

/** The question a file with maps the workspace already has asks, answered by clicking. */
async function answerExisting(page: Page, fileName: string, answer: 'Import as a copy' | 'Replace the existing map'): Promise<void> {
  const dialog = page.getByRole('dialog', { name: `Import “${fileName}”` });
  await dialog.getByRole('button', { name: answer }).click();
  await expect(dialog).toHaveCount(0);
}

const mapIdFromUrl = (page: Page) => decodeURIComponent(/#\/maps\/([^/]+)$/.exec(page.url())![1]!);
const DEMO_TITLE = 'Buying a family crossover (brand X)';

test.describe('export and import', () => {
  test('a map exported as JSON (with its persona photo) imports back as an equal copy', async ({ page }) => {
    // Give the demo persona a photo first, so the file has to carry one.
    await openApp(page, '/#/segments');
    await page.getByRole('button', { name: 'Edit persona Andrey Sokolov' }).click();
    const form = page.getByRole('dialog', { name: 'Edit persona Andrey Sokolov' });
    await form.getByLabel('Photo').setInputFiles('test/e2e/files/portrait.png');
    await expect(form.getByRole('img', { name: 'Photo of Andrey Sokolov' })).toBeVisible();
    await form.getByRole('button', { name: 'Save' }).click();
    await waitSaved(page);

    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    await page.getByRole('button', { name: `Export data of ${DEMO_TITLE}` }).click();
    const { download: file, text } = await download(page, () => page.getByRole('menuitem', { name: 'JSON (this map)' }).click());
    expect(file.suggestedFilename()).toMatch(/^Buying a family crossover \(brand X\) \d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(text);
    expect(json).toMatchObject({ format: 'tropa', version: 1, kind: 'map' });
    expect(json.personas[0].photo).toMatch(/^data:image\/jpeg;base64,/);

    await importThroughChooser(page, { name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await answerExisting(page, file.suggestedFilename(), 'Import as a copy');
    await expect(page.locator('.toasts')).toContainText(`Imported the map “${DEMO_TITLE} (imported)”.`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${DEMO_TITLE} (imported)`);
    await expect(page.locator('.stage-name')).toHaveCount(13);
    const copyId = mapIdFromUrl(page);
    await waitSaved(page);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${DEMO_TITLE} (imported)`);
    const db = await readDatabase(page);
    const copy = describeMap(db, copyId);
    const original = describeMap(db, 'demo-map');
    expect(copy.stages).toHaveLength(13);
    expect(copy.links).toBeGreaterThan(0);
    expect(copy.hypotheses).toHaveLength(2);
    expect(copy.persona!.photo).toBeGreaterThan(1000);
    expect(copy).toEqual(original);
    // The same segment and persona (recognised by the photo's bytes too), not copies of them.
    expect([db.segments.length, db.personas.length]).toEqual([1, 1]);
    // The copy has its own ids: the original map is still there, untouched.
    expect(db.maps.map((m) => m.title).sort()).toEqual([DEMO_TITLE, `${DEMO_TITLE} (imported)`]);

    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    const stats = page.locator('.map-row').filter({ hasText: `${DEMO_TITLE} (imported)` }).locator('.map-meta');
    const originalStats = page.locator('.map-row').filter({ has: page.getByRole('link', { name: `Open map ${DEMO_TITLE}`, exact: true }) }).locator('.map-meta');
    await expect(stats).toContainText(/13 stages · \d+ cards/);
    expect(await stats.locator('span').nth(1).textContent()).toBe(await originalStats.locator('span').nth(1).textContent());
  });

  test('a map imported where it already is asks: a copy on the same segment and persona, or the map replaced, undone by Ctrl+Z', async ({ page }) => {
    await openApp(page, '/#/maps');
    await waitSaved(page);
    const original = describeMap(await readDatabase(page), 'demo-map');
    await page.getByRole('button', { name: `Export data of ${DEMO_TITLE}` }).click();
    const { download: file, text } = await download(page, () => page.getByRole('menuitem', { name: 'JSON (this map)' }).click());
    const name = file.suggestedFilename();
    const chosen = { name, mimeType: 'application/json', buffer: Buffer.from(text) };
    const dialog = page.getByRole('dialog', { name: `Import “${name}”` });
    const mapsBefore = await page.locator('.map-row').allTextContents();

    // Escape imports nothing.
    await importThroughChooser(page, chosen);
    await expect(dialog.getByRole('listitem')).toHaveText([`“${DEMO_TITLE}” is already in your workspace.`]);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('.map-row')).toHaveText(mapsBefore);

    // A copy, from the keyboard: drawn for the segment and persona the workspace has.
    await importThroughChooser(page, chosen);
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Import as a copy' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${DEMO_TITLE} (imported)`);
    const copyId = mapIdFromUrl(page);
    await waitSaved(page);
    let db = await readDatabase(page);
    expect([db.segments.length, db.personas.length]).toEqual([1, 1]);
    const copy = db.maps.find((m) => m.id === copyId)!;
    expect([copy.segmentId, copy.personaId]).toEqual([db.segments[0]!.id, db.personas[0]!.id]);
    const copyStages = new Set(db.stages.filter((s) => s.mapId === copyId).map((s) => s.id));
    const copyHypotheses = db.hypotheses.filter((h) => h.mapId === copyId);
    expect(copyHypotheses).toHaveLength(2);
    expect(copyHypotheses.every((h) => copyStages.has(h.stageId))).toBe(true);
    expect(describeMap(db, copyId)).toEqual(original);
    await page.getByRole('link', { name: 'Segments' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(page.getByRole('article', { name: 'Andrey Sokolov' })).toHaveCount(1);

    // Edit the map, then replace it with the file: the edit is gone, nothing is doubled.
    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    await page.getByRole('link', { name: `Open map ${DEMO_TITLE}`, exact: true }).click();
    await addCard(page, 'Comparing models', 'Barriers', 'Written after the export');
    await waitSaved(page);
    const edited = describeMap(await readDatabase(page), 'demo-map');
    expect(edited).not.toEqual(original);
    await page.getByRole('link', { name: /All maps/ }).click();
    await importThroughChooser(page, chosen);
    await dialog.getByRole('button', { name: 'Replace the existing map' }).click();
    await expect(page.locator('.toasts')).toContainText(`Replaced the map “${DEMO_TITLE}” with the version in the file.`);
    await expect(page).toHaveURL(/#\/maps\/demo-map$/);
    await expect(page.locator('.stage-name')).toHaveCount(13);
    await expect(card(page, 'Written after the export')).toHaveCount(0);
    await waitSaved(page);
    db = await readDatabase(page);
    expect(db.maps.filter((m) => m.title === DEMO_TITLE).map((m) => m.id)).toEqual(['demo-map']);
    expect(db.maps).toHaveLength(2);
    expect(describeMap(db, 'demo-map')).toEqual(original);
    expect([db.segments.length, db.personas.length, db.hypotheses.length]).toEqual([1, 1, 4]);

    // The board: each map's hypotheses once.
    await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
    const board = page.getByRole('region', { name: 'Hypotheses by status' });
    await expect(board.locator('.hypothesis-card')).toHaveCount(4);
    const cards = await board.locator('.hypothesis-card').evaluateAll((items) => items.map((item) => item.querySelector('a')!.textContent + ' / ' + item.querySelector('p')!.textContent));
    expect(new Set(cards).size).toBe(4);

    // Ctrl+Z takes the replacement back: the edited map, exactly.
    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    await page.getByRole('link', { name: `Open map ${DEMO_TITLE}`, exact: true }).click();
    await expect(page.locator('.stage-name')).toHaveCount(13);
    await page.keyboard.press('Control+z');
    await expect(card(page, 'Written after the export')).toBeVisible();
    await waitSaved(page);
    expect(describeMap(await readDatabase(page), 'demo-map')).toEqual(edited);
  });

  test('a map exported as CSV imports back with the same stages, lanes and cards', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: `Export data of ${DEMO_TITLE}` }).click();
    const { download: file, text } = await download(page, () => page.getByRole('menuitem', { name: 'CSV (this map)' }).click());
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);

    await importThroughChooser(page, { name: file.suggestedFilename(), mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(page.locator('.toasts')).toContainText(/Created the map “Buying a family crossover \(brand X\) \(imported\)”: 13 stages, 9 lanes, \d+ cards\./);
    await expect(page.locator('.stage-name')).toHaveCount(13);
    const copyId = mapIdFromUrl(page);
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.stage-name')).toHaveCount(13);
    const db = await readDatabase(page);
    const texts = (mapId: string) => {
      const d = describeMap(db, mapId);
      return { stages: d.stages.map((s) => s[0]), lanes: d.lanes, cells: d.cells.map((row) => row.map((cell) => cell.map((c) => c.split('|')[0]))) };
    };
    expect(texts(copyId)).toEqual(texts('demo-map'));
  });

  test('spreadsheet files as Excel and Google Sheets write them: semicolons, BOM, CRLF, quoted lines, tabs', async ({ page }) => {
    await openApp(page, '/#/maps');
    // Excel in a Russian locale: ';' between cells, a BOM, CRLF, a quoted cell with a line break and a ';'.
    const excel = '\ufeffПокупка дивана;Выбор;Доставка\r\nЦели клиента;"Найти диван;\r\nнедорого";Быстро\r\nБарьеры;;"Говорят ""ждите"""\r\n;;\r\n';
    await importThroughChooser(page, { name: 'диван.csv', mimeType: 'text/csv', buffer: Buffer.from(excel) });
    await expect(page.locator('.toasts')).toContainText('Created the map “Покупка дивана”: 2 stages, 2 lanes, 4 cards.');
    await expect(page.locator('.stage-name')).toHaveText(['Выбор', 'Доставка']);
    await expect(page.locator('.lane-name')).toHaveText(['Customer goals', 'Barriers']);
    await expect(page.getByRole('listitem', { name: 'Найти диван;' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'недорого' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Говорят "ждите"' })).toBeVisible();

    // A TSV file without a title cell: the file name becomes the title.
    await page.getByRole('link', { name: /All maps/ }).click();
    const tsv = '\tArrive\tLeave\nThoughts\tWhere is it?\tWas it worth it?\n';
    await importThroughChooser(page, { name: 'workshop notes.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('workshop notes');
    await expect(page.getByRole('listitem', { name: 'Was it worth it?' })).toBeVisible();
    await waitSaved(page);
  });

  test('a file dropped onto the maps page imports like a picked one', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: `Export data of ${DEMO_TITLE}` }).click();
    const { text } = await download(page, () => page.getByRole('menuitem', { name: 'CSV (this map)' }).click());
    const transfer = await page.evaluateHandle((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, text);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await expect(page.getByText('Drop a Tropa file (.json) or a table (.csv, .tsv) to import it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${DEMO_TITLE} (imported)`);
    await expect(page.locator('.stage-name')).toHaveCount(13);
    await expect(page.getByText('Drop a Tropa file (.json) or a table (.csv, .tsv) to import it')).toHaveCount(0);
  });

  test('hostile and broken files show what is wrong and change nothing', async ({ page }) => {
    // Thirteen files, two of them 10 and 21 MB, go through the real file chooser.
    test.setTimeout(150_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page, '/#/maps');
    const mapsBefore = await page.locator('.map-row').allTextContents();
    await page.getByRole('button', { name: `Export data of ${DEMO_TITLE}` }).click();
    const { text } = await download(page, () => page.getByRole('menuitem', { name: 'JSON (this map)' }).click());
    const valid = JSON.parse(text);
    const variant = (change: (doc: any) => void) => {
      const doc = structuredClone(valid);
      change(doc);
      return Buffer.from(JSON.stringify(doc));
    };
    const cases: { name: string; buffer: Buffer; message: string | RegExp }[] = [
      { name: 'notes.json', buffer: Buffer.from('Dear customer, this is not JSON'), message: 'This is not a Tropa file: its text is not valid JSON' },
      { name: 'empty.json', buffer: Buffer.from(''), message: 'There is nothing in it' },
      { name: 'other.json', buffer: Buffer.from('{"name":"package","version":"1.0.0"}'), message: /format: this is not a Tropa file/ },
      { name: 'future.json', buffer: variant((d) => (d.version = 99)), message: 'version: the file was made by a newer Tropa (format version 99)' },
      { name: 'kind.json', buffer: variant((d) => (d.kind = 'everything')), message: 'kind: expected "map" or "workspace", found “everything”' },
      { name: 'dangling.json', buffer: variant((d) => (d.cards[0].stageId = 'no-such-stage')), message: 'cards[0].stageId: points to the stage “no-such-stage”, which is not in the file' },
      { name: 'types.json', buffer: variant((d) => (d.stages[3].name = 42)), message: 'stages[3].name: expected text' },
      { name: 'missing.json', buffer: variant((d) => delete d.lanes[0].kind), message: 'lanes[0].kind: this field is missing' },
      { name: 'duplicate.json', buffer: variant((d) => (d.cards[1].id = d.cards[0].id)), message: /cards\[1\]\.id: the id “.+” is used by another record too/ },
      { name: 'long.json', buffer: variant((d) => (d.cards[0].text = 'x'.repeat(10 * 1024 * 1024))), message: 'cards[0].text: the text is too long (10,485,760 characters; at most 20,000)' },
      { name: 'huge.json', buffer: Buffer.alloc(21 * 1024 * 1024, 32), message: 'The file is 21.0 MB; Tropa reads files of up to 20.0 MB' },
      { name: 'table.csv', buffer: Buffer.from('just,one,row'), message: 'A2: below the stage names, each row must start with a lane name' },
      { name: 'picture.png', buffer: Buffer.from('png'), message: 'Tropa imports the .json files it exports and .csv or .tsv tables' },
    ];
    for (const { name, buffer, message } of cases) {
      await importThroughChooser(page, { name, mimeType: name.endsWith('.png') ? 'image/png' : 'application/octet-stream', buffer });
      const dialog = page.getByRole('dialog', { name: `“${name}” was not imported` });
      await expect(dialog, name).toContainText('Nothing was changed.');
      await expect(dialog.getByRole('listitem').first(), name).toContainText(message);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);
    }
    await expect(page.locator('.map-row')).toHaveText(mapsBefore);
    await expect(page.locator('.app-header').getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
    await page.reload();
    await expect(page.locator('.map-row')).toHaveText(mapsBefore);
    expect(dialogs).toEqual([]);
  });

  test('prototype keys are dropped and script in texts stays text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    await page.getByRole('link', { name: /All maps/ }).click();
    await page.getByRole('button', { name: 'Export data of New journey map' }).click();
    const { text } = await download(page, () => page.getByRole('menuitem', { name: 'JSON (this map)' }).click());
    const doc = JSON.parse(text);
    const script = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2;alert(2)</script>';
    doc.maps[0].title = `Hostile ${script}`;
    doc.stages[0].name = script;
    doc.cards = [{ id: 'c1', mapId: doc.maps[0].id, stageId: doc.stages[0].id, laneId: doc.lanes[0].id, text: script, order: 0, color: 'none', channel: null, severity: null }];
    const hostile = JSON.stringify(doc)
      .replace('{"format"', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"')
      .replace('"text":', '"__proto__":{"polluted":"yes"},"text":');
    await importThroughChooser(page, { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    // The file's map has the id of the map it was exported from: the title shows as text.
    await expect(page.getByRole('dialog', { name: 'Import “hostile.json”' })).toContainText(`“Hostile ${script}” is already in your workspace as “New journey map”.`);
    await answerExisting(page, 'hostile.json', 'Import as a copy');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile ${script}`);
    await expect(page.locator('.stage-name').first()).toHaveText(script);
    await expect(page.getByRole('listitem', { name: script })).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('listitem', { name: script })).toBeVisible();
    expect(await page.evaluate(() => [(window as any).__pwned, ({} as any).polluted, (Object.prototype as any).polluted])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(dialogs).toEqual([]);
  });

  test('the whole workspace exports and imports as copies, and survives a reload', async ({ page }) => {
    await openApp(page, '/#/maps');
    const { download: file, text } = await download(page, () => page.getByRole('button', { name: 'Export workspace (JSON)' }).click());
    expect(file.suggestedFilename()).toMatch(/^Tropa workspace \d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'tropa', version: 1, kind: 'workspace' });
    await importThroughChooser(page, { name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await answerExisting(page, file.suggestedFilename(), 'Import as a copy');
    await expect(page.locator('.toasts')).toContainText('Workspace imported: maps 1, segments 1, hypotheses 2.');
    const copyLink = page.getByRole('link', { name: `Open map ${DEMO_TITLE} (imported)` });
    await expect(copyLink).toBeVisible();
    // One undo step takes the whole import back; redo brings it again.
    await page.locator('.app-header').getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(copyLink).toHaveCount(0);
    await page.locator('.app-header').getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(copyLink).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(copyLink).toBeVisible();
    const db = await readDatabase(page);
    // The segment is the workspace's own: identical, so not duplicated.
    expect(db.segments).toHaveLength(1);
    expect(db.hypotheses).toHaveLength(4);
    const copy = db.maps.find((m) => m.title.endsWith('(imported)'))!;
    expect(describeMap(db, copy.id)).toEqual(describeMap(db, 'demo-map'));
  });

  test('paste a table from a spreadsheet: a new map; bad tables are explained', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'Paste a table' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a table' });
    const field = dialog.getByRole('textbox', { name: 'Table copied from Excel, Google Sheets or a CSV file' });
    await field.fill('only one column\nand nothing else');
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await expect(dialog.getByRole('alert')).toContainText('B1: the first row must name the stages, from the second column on');
    await field.fill('');
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await expect(dialog.getByRole('alert')).toContainText('There is nothing in it');

    // As Excel puts it on the clipboard: tabs, a quoted cell with two lines, CRLF.
    const table = [
      'Gym membership\tFind a gym\tTrial visit\tSign up',
      'Customer goals\tClose to home\t\tA fair price',
      'барьеры\t"No prices online\r\nHard to park"\t\t',
      'Emotions\t1\t2\t-1',
      'Staff notes\t<b>not bold</b>\t\t',
    ].join('\r\n');
    await field.fill(table);
    await field.press('Control+Enter');
    await expect(page.locator('.toasts')).toContainText('Created the map “Gym membership”: 3 stages, 4 lanes, 5 cards.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gym membership');
    await expect(page.locator('.stage-name')).toHaveText(['Find a gym', 'Trial visit', 'Sign up']);
    await expect(page.locator('.lane-name')).toHaveText(['Customer goals', 'Barriers', 'Emotions', 'Staff notes']);
    await expect(page.getByRole('listitem', { name: 'No prices online' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Hard to park' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: '<b>not bold</b>' })).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.stage-name')).toHaveText(['Find a gym', 'Trial visit', 'Sign up']);
    await expect(page.getByRole('listitem', { name: 'A fair price' })).toBeVisible();
  });
});

test('the map editor exports its own data: a Tropa file or a table', async ({ page }) => {
  await openApp(page, '/#/maps/demo-map');
  await expect(page.locator('.board .card').first()).toBeVisible();
  const openDialog = async () => {
    await page.getByRole('button', { name: 'Export data', exact: true }).click();
    return page.getByRole('dialog', { name: `Export data of ${DEMO_TITLE}` });
  };
  let dialog = await openDialog();
  const json = await download(page, () => dialog.getByRole('button', { name: 'JSON (this map)' }).click());
  expect(json.download.suggestedFilename()).toMatch(/^Buying a family crossover \(brand X\) \d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.text);
  expect(file).toMatchObject({ format: 'tropa', kind: 'map' });
  expect(file.maps).toHaveLength(1);
  expect(file.hypotheses).toHaveLength(2);
  await expect(dialog).toBeHidden();

  dialog = await openDialog();
  const csv = await download(page, () => dialog.getByRole('button', { name: 'CSV (this map)' }).click());
  expect(csv.download.suggestedFilename()).toMatch(/\.csv$/);
  expect(csv.text).toContain('Shortlisting crossovers');
  // Escape closes the dialog without saving anything.
  dialog = await openDialog();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
