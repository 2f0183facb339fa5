import { expect, openApp, test, waitSaved } from './fixtures';

test.describe('foundation', () => {
  test('a newcomer lands on the demo map with its stages and cards', async ({ page }) => {
    await openApp(page);
    await expect(page).toHaveURL(/#\/maps\/demo-map$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('crossover');
    const stageNames = page.locator('.stage-name');
    await expect(stageNames).toHaveCount(13);
    await expect(page.locator('.lane-name')).toHaveText([
      'Customer goals',
      'Customer thoughts',
      'Customer actions',
      'Brand goals',
      'Touchpoints',
      'Customer experience',
      'Emotions',
      'Barriers',
      'Recommendations',
    ]);
    expect(await page.locator('.card').count()).toBeGreaterThan(100);
    await expect(page.locator('.lane-touchpoints .chip.channel').first()).toBeVisible();
  });

  test('create a map, rename it, add a card, reload: all there', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    await expect(page).toHaveURL(/#\/maps\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'New journey map' }).click();
    const title = page.getByRole('textbox', { name: 'Map title' });
    await title.fill('Online course buyers');
    await title.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Online course buyers');

    await page.getByRole('button', { name: 'Add card: Stage 1, Customer goals' }).click();
    const editor = page.getByRole('textbox', { name: 'Card text' });
    await editor.fill('Find a course that fits my evenings');
    await editor.press('Enter');
    await expect(page.getByRole('listitem', { name: 'Find a course that fits my evenings' })).toBeVisible();

    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Online course buyers');
    await expect(page.getByRole('listitem', { name: 'Find a course that fits my evenings' })).toBeVisible();
    await page.getByRole('link', { name: /All maps/ }).click();
    await expect(page.getByRole('link', { name: 'Open map Online course buyers' })).toBeVisible();
  });

  test('edit, rename and delete cards and stages in the canvas', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    const cell = page.getByRole('list', { name: 'Stage 2, Barriers' });
    await cell.dblclick({ position: { x: 100, y: 40 } });
    await page.getByRole('textbox', { name: 'Card text' }).fill('Price is hidden');
    await page.keyboard.press('Enter');
    const card = page.getByRole('listitem', { name: 'Price is hidden' });
    await card.dblclick();
    await page.getByRole('textbox', { name: 'Card text' }).fill('Final price is hidden');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('listitem', { name: 'Final price is hidden' })).toBeVisible();
    // Escape drops an edit.
    await page.getByRole('listitem', { name: 'Final price is hidden' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Card text' }).fill('discarded');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listitem', { name: 'Final price is hidden' })).toBeVisible();

    await page.getByRole('button', { name: 'Rename stage Stage 2' }).click();
    await page.getByRole('textbox', { name: 'Stage name' }).fill('Comparing offers');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 1', 'Comparing offers', 'Stage 3', 'Stage 4']);
    await page.getByRole('button', { name: 'Stage options: Stage 1' }).click();
    await page.getByRole('menuitem', { name: 'Delete stage' }).click();
    await page.getByRole('button', { name: 'Add lane' }).click();
    await expect(page.locator('.lane-name').last()).toHaveText('Notes');

    await page.getByRole('listitem', { name: 'Final price is hidden' }).focus();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('listitem', { name: 'Final price is hidden' })).toHaveCount(0);
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.stage-name')).toHaveText(['Comparing offers', 'Stage 3', 'Stage 4']);
    await expect(page.locator('.lane-name').last()).toHaveText('Notes');
    await expect(page.locator('.card')).toHaveCount(0);
  });

  test('delete a map with confirmation, then undo', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: /^Delete map Buying/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Delete the map');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toHaveCount(0);
    await expect(page.getByText(/Map “Buying.*” deleted/)).toBeVisible();
    await waitSaved(page);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await page.getByRole('link', { name: /^Open map Buying/ }).click();
    await expect(page.locator('.card').first()).toBeVisible();
    expect(await page.locator('.card').count()).toBeGreaterThan(100);
  });

  test('duplicate a map: the copy has every card and survives a reload', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: /^Duplicate map Buying/ }).click();
    const copy = page.getByRole('link', { name: /^Open map Buying.*\(copy\)$/ });
    await expect(copy).toBeVisible();
    await waitSaved(page);
    await page.reload();
    const rows = page.locator('.map-row');
    await expect(rows).toHaveCount(2);
    const stats = await rows.locator('.map-meta').allTextContents();
    expect(stats[0]!.match(/\d+ stages · \d+ cards/)![0]).toBe(stats[1]!.match(/\d+ stages · \d+ cards/)![0]);
    await page.getByRole('link', { name: /^Open map Buying.*\(copy\)$/ }).click();
    await expect(page.locator('.stage-name')).toHaveCount(13);
  });

  test('cancelling the delete dialog keeps the map', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: /^Delete map Buying/ }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toBeVisible();
  });

  test('undo and redo an edit with the keyboard and the buttons', async ({ page }) => {
    await openApp(page);
    const first = page.locator('.stage-name').first();
    const original = (await first.textContent())!;
    await page.getByRole("button", { name: `Rename stage ${original}`, exact: true }).click();
    await page.getByRole('textbox', { name: 'Stage name' }).fill('Renamed stage');
    await page.keyboard.press('Enter');
    await expect(first).toHaveText('Renamed stage');

    await page.locator('body').press('Control+z');
    await expect(first).toHaveText(original);
    await page.locator('body').press('Control+Shift+Z');
    await expect(first).toHaveText('Renamed stage');
    await page.locator('body').press('Control+z');
    await page.locator('body').press('Control+y');
    await expect(first).toHaveText('Renamed stage');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(first).toHaveText(original);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(first).toHaveText('Renamed stage');
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.stage-name').first()).toHaveText('Renamed stage');
  });

  test('switching the language changes the UI and is remembered', async ({ page }) => {
    await openApp(page, '/#/maps');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey maps');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Карты пути клиента');
    await expect(page.getByRole('button', { name: 'Новая карта' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Новая карта' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
  });

  test('reset demo restores the demo map and leaves the user’s maps alone', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    await expect(page.locator('.stage-name')).toHaveCount(3);
    await page.getByRole('link', { name: /All maps/ }).click();
    await page.getByRole('button', { name: /^Delete map Buying/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Reset demo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset demo' }).click();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open map New journey map' })).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open map New journey map' })).toBeVisible();
  });

  test('a map title cannot be emptied', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: /^Rename map Buying/ }).click();
    const field = page.getByRole('textbox', { name: 'Map title' });
    await field.fill('   ');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('A map needs a title.');
    await field.press('Escape');
    await expect(page.getByRole('link', { name: /^Open map Buying/ })).toBeVisible();
  });
});

test.describe('first run in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the UI and the demo map follow the browser language', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('button', { name: 'Отменить' })).toBeVisible();
    await expect(page.locator('.lane-name').first()).toHaveText('Цели клиента');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/кроссовер/i);
  });
});
