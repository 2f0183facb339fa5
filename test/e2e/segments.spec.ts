import { expect, openApp, test, waitSaved } from './fixtures';

test.describe('segments and personas', () => {
  test('create a segment and a persona, bind a map, reload: all there', async ({ page }) => {
    await openApp(page, '/#/segments');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segments and personas');
    await page.getByRole('button', { name: 'New segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New segment' });
    await dialog.getByLabel('Segment name').fill('Young couples renting');
    await dialog.getByLabel('Share of revenue, %').fill('12.5');
    await dialog.getByLabel('Customer relationship').selectOption('selfService');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Young couples renting' }) });
    await expect(row).toContainText('12.5% of revenue');
    await expect(row).toContainText('Self-service');
    await expect(row.getByLabel('Priority 2')).toBeVisible();

    await row.getByRole('button', { name: 'Add persona to Young couples renting' }).click();
    const form = page.getByRole('dialog', { name: 'Add persona to Young couples renting' });
    await form.getByLabel('Name', { exact: true }).fill('Katya Ivanova');
    await form.getByLabel('Age').fill('27');
    await form.getByLabel('City').fill('Kazan');
    await form.getByLabel('Monthly income').fill('90 000');
    await form.getByLabel('In their own words').fill('<b>I want it simple</b>');
    await form.getByRole('button', { name: 'Save' }).click();
    const card = row.getByRole('article', { name: 'Katya Ivanova' });
    await expect(card).toContainText('27 years · Kazan');
    await expect(card.locator('blockquote')).toHaveText('<b>I want it simple</b>');

    await row.getByRole('button', { name: 'Raise priority of Young couples renting' }).click();
    await expect(row.getByLabel('Priority 1')).toBeVisible();

    await row.getByRole('button', { name: 'New map for this segment' }).click();
    await expect(page.getByRole('combobox', { name: 'Segment of this map' }).locator('option:checked')).toHaveText('Young couples renting');
    await page.getByRole('combobox', { name: 'Persona of this map' }).selectOption({ label: 'Katya Ivanova' });
    await page.getByRole('button', { name: 'Show persona' }).click();
    await expect(page.getByRole('complementary').getByRole('article', { name: 'Katya Ivanova' })).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Persona of this map' }).locator('option:checked')).toHaveText('Katya Ivanova');
    await page.getByRole('link', { name: 'Segments' }).click();
    const again = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Young couples renting' }) });
    await expect(again.getByLabel('Priority 1')).toBeVisible();
    await expect(again.getByRole('link', { name: 'Open map New journey map' })).toBeVisible();
    await expect(again.getByRole('article', { name: 'Katya Ivanova' })).toContainText('Kazan');
  });

  test('invalid fields show messages and save nothing', async ({ page }) => {
    await openApp(page, '/#/segments');
    await page.getByRole('button', { name: 'New segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New segment' });
    await dialog.getByLabel('Share of revenue, %').fill('-3');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('A name is required.')).toBeVisible();
    await expect(dialog.getByText('It cannot be negative.')).toBeVisible();
    await expect(dialog.getByText('Nothing was saved: fix the marked fields.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);

    const demo = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Family men/ }) });
    await demo.getByRole('button', { name: 'Edit persona Andrey Sokolov' }).click();
    const form = page.getByRole('dialog', { name: 'Edit persona Andrey Sokolov' });
    await form.getByLabel('Age').fill('130');
    await form.getByLabel('Monthly income').fill('lots');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('Age is a whole number from 0 to 120.')).toBeVisible();
    await expect(form.getByText('Enter a number, e.g. 35 or 12.5.')).toBeVisible();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(demo.getByRole('article', { name: 'Andrey Sokolov' })).toContainText('36 years');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('deleting a segment with maps asks what to do with them, and undoes', async ({ page }) => {
    await openApp(page, '/#/segments');
    await page.getByRole('button', { name: /^Delete segment Family men/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('1 map is drawn for it');
    await dialog.getByRole('button', { name: 'Keep the maps' }).click();
    await expect(page.getByRole('heading', { name: /Family men/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toBeVisible();
    await page.locator('body').press('Control+z');
    await page.getByRole('link', { name: 'Segments' }).click();
    await expect(page.getByRole('heading', { name: /Family men/ })).toBeVisible();
    await page.getByRole('button', { name: /^Delete segment Family men/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete the maps too' }).click();
    await page.getByRole('link', { name: 'Maps', exact: true }).click();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toHaveCount(0);
  });

  test('hints when there are too many key segments or shares pass 100%', async ({ page }) => {
    await openApp(page, '/#/segments');
    for (let i = 1; i <= 6; i++) {
      await page.getByRole('button', { name: 'New segment' }).click();
      const dialog = page.getByRole('dialog', { name: 'New segment' });
      await dialog.getByLabel('Segment name').fill(`Group ${i}`);
      await dialog.getByLabel('Share of revenue, %').fill('15');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('heading', { name: `Group ${i}` })).toBeVisible();
    }
    await expect(page.getByRole('note').filter({ hasText: 'You have 7 key segments' })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: 'add up to 125%' })).toBeVisible();
  });

  test('the maps list filters by segment', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    await page.getByRole('link', { name: /All maps/ }).click();
    await page.getByRole('combobox', { name: 'Show maps of' }).selectOption({ label: 'Without a segment' });
    await expect(page.getByRole('link', { name: /^Open map/ })).toHaveText(['New journey map']);
    await page.getByRole('combobox', { name: 'Show maps of' }).selectOption({ index: 1 });
    await expect(page.getByRole('link', { name: /^Open map/ })).toHaveText([/Buying a family crossover/]);
    await page.getByRole('combobox', { name: 'Show maps of' }).selectOption({ label: 'All segments' });
    await page.getByRole('checkbox', { name: 'Group by segment' }).check();
    await expect(page.getByRole('region', { name: /^Family men/ }).getByRole('link', { name: /^Open map/ })).toHaveText([/Buying/]);
    await expect(page.getByRole('region', { name: 'Without a segment' }).getByRole('link', { name: /^Open map/ })).toHaveText(['New journey map']);
  });

  test('a new map for a segment with one persona is for that persona; with two, for neither', async ({ page }) => {
    await openApp(page, '/#/segments');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Family men/ }) });
    const persona = page.getByRole('combobox', { name: 'Persona of this map' });
    await row.getByRole('button', { name: 'New map for this segment' }).click();
    await expect(persona.locator('option:checked')).toHaveText('Andrey Sokolov');

    await page.getByRole('link', { name: 'Segments' }).click();
    await row.getByRole('button', { name: /^Add persona to Family men/ }).click();
    const form = page.getByRole('dialog', { name: /^Add persona to Family men/ });
    await form.getByLabel('Name', { exact: true }).fill('Oleg Petrov');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(row.getByRole('article', { name: 'Oleg Petrov' })).toBeVisible();
    await row.getByRole('button', { name: 'New map for this segment' }).click();
    await expect(page.getByRole('combobox', { name: 'Segment of this map' }).locator('option:checked')).toHaveText(/Family men/);
    await expect(persona).toHaveValue('');
  });
});

test('a persona photo is resized, stored in the browser and shown after a reload; bad files are refused', async ({ page }) => {
  await openApp(page, '/#/segments');
  const demo = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Family men/ }) });
  await demo.getByRole('button', { name: 'Edit persona Andrey Sokolov' }).click();
  const form = page.getByRole('dialog', { name: 'Edit persona Andrey Sokolov' });
  const input = form.getByLabel('Photo');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(form.getByText('This file is not an image.', { exact: false })).toBeVisible();
  await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(16 * 1024 * 1024) });
  await expect(form.getByText(/The image is 16 MB; the limit is 15 MB/)).toBeVisible();
  await input.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('garbage') });
  await expect(form.getByText('This image could not be read.', { exact: false })).toBeVisible();
  await input.setInputFiles('test/e2e/files/portrait.png');
  await expect(form.getByRole('img', { name: 'Photo of Andrey Sokolov' })).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  const photo = demo.getByRole('article', { name: 'Andrey Sokolov' }).getByRole('img', { name: 'Photo of Andrey Sokolov' });
  await expect(photo).toBeVisible();
  await waitSaved(page);
  await page.reload();
  const again = page.getByRole('img', { name: 'Photo of Andrey Sokolov' });
  await expect(again).toBeVisible();
  const size = await again.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([320, 240]);
});

test('compare two maps of different segments: a difference the test put there shows', async ({ page }) => {
  await openApp(page, '/#/segments');
  await page.getByRole('button', { name: 'New segment' }).click();
  const dialog = page.getByRole('dialog', { name: 'New segment' });
  await dialog.getByLabel('Segment name').fill('Retired couples');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Maps', exact: true }).click();
  await page.getByRole('button', { name: /^Duplicate map Buying/ }).click();
  await page.getByRole('link', { name: /^Open map Buying.*\(copy\)$/ }).click();
  await page.getByRole('combobox', { name: 'Segment of this map' }).selectOption({ label: 'Retired couples' });
  // Binding a segment adds the persona picker to the bar; let the layout settle first.
  await expect(page.getByRole('combobox', { name: 'Persona of this map' })).toBeVisible();
  // The barriers row of the demo map lies below the fold: show the whole map first.
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.getByRole('button', { name: 'Add card: Choosing a dealership, Barriers' }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill('Showroom has no step-free access');
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: /All maps/ }).click();
  await page.getByRole('link', { name: 'Compare two maps' }).click();
  await page.getByRole('combobox', { name: 'First map' }).selectOption({ label: 'Buying a family crossover (brand X) — Family men 30+, income from 100k RUB a month' });
  await page.getByRole('combobox', { name: 'Second map' }).selectOption({ label: 'Buying a family crossover (brand X) (copy) — Retired couples' });
  const table = page.getByRole('table', { name: 'Stage-by-stage comparison' });
  await expect(table.getByRole('row')).toHaveCount(14);
  const row = table.getByRole('row', { name: /Choosing a dealership/ });
  await expect(row.locator('li.only')).toHaveText(['Showroom has no step-free access (only in this map)']);
  // Each column says which segment its map is drawn for.
  await expect(table.locator('thead')).toContainText('Retired couples');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Stage-by-stage comparison' }).locator('li.only')).toHaveCount(1);
});

test('segments re-rank by dragging', async ({ page }) => {
  await openApp(page, '/#/segments');
  for (const name of ['Second group', 'Third group']) {
    await page.getByRole('button', { name: 'New segment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New segment' });
    await dialog.getByLabel('Segment name').fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await page.getByRole('heading', { name: 'Third group' }).scrollIntoViewIfNeeded();
  const third = (await page.getByRole('heading', { name: 'Third group' }).boundingBox())!;
  const second = (await page.locator('.segment-row').nth(1).boundingBox())!;
  await page.mouse.move(third.x + 5, third.y + 5);
  await page.mouse.down();
  await page.mouse.move(third.x + 5, second.y + 5, { steps: 10 });
  await page.mouse.up();
  await expect(page.locator('.segment-main h2')).toHaveText([/^Family men/, 'Third group', 'Second group']);
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('.segment-main h2')).toHaveText([/^Family men/, 'Third group', 'Second group']);
});

test('a persona’s income is shown in the currency chosen for it', async ({ page }) => {
  await openApp(page, '/#/segments');
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Family men 30\+/ }) });
  await row.getByRole('button', { name: /^Add persona to Family men/ }).click();
  const form = page.getByRole('dialog', { name: /^Add persona to Family men/ });
  await form.getByLabel('Name', { exact: true }).fill('Tom Baker');
  await form.getByLabel('Monthly income').fill('4 000');
  await form.getByLabel('Currency').selectOption('USD');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(row.getByRole('article', { name: 'Tom Baker' })).toContainText('$4,000');
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('article', { name: 'Tom Baker' })).toContainText('$4,000');
});
