import type { Page } from '@playwright/test';
import { expect, openApp, test, waitSaved } from './fixtures';

async function newMap(page: Page) {
  await openApp(page, '/#/maps');
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page.locator('.stage-name')).toHaveCount(3);
}

async function addCard(page: Page, stage: string, lane: string, text: string) {
  await page.getByRole('button', { name: `Add card: ${stage}, ${lane}` }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill(text);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: text })).toBeVisible();
}

const card = (page: Page, text: string) => page.getByRole('listitem', { name: text, exact: true });
const cell = (page: Page, stage: string, lane: string) => page.getByRole('list', { name: `${stage}, ${lane}` });

test.describe('canvas', () => {
  test('keyboard: N adds a card, arrows move between cells, Enter edits, Delete deletes', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Customer goals', 'First goal');
    await card(page, 'First goal').focus();
    await page.keyboard.press('ArrowRight');
    await expect(cell(page, 'Stage 2', 'Customer goals')).toBeFocused();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: 'Card text' }).fill('Second goal');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Stage 2', 'Customer goals').getByRole('listitem', { name: 'Second goal' })).toBeVisible();
    await card(page, 'Second goal').focus();
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Stage 2', 'Customer thoughts')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(card(page, 'Second goal')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(card(page, 'First goal')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Card text' }).fill('First goal, edited');
    await page.keyboard.press('Enter');
    await card(page, 'First goal, edited').focus();
    await page.keyboard.press('Delete');
    await expect(card(page, 'First goal, edited')).toHaveCount(0);
    await page.locator('body').press('Control+z');
    await expect(card(page, 'First goal, edited')).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(card(page, 'First goal, edited')).toBeVisible();
    await expect(card(page, 'Second goal')).toBeVisible();
  });

  test('drag a card to another cell and reorder inside a cell; undo puts it back', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Barriers', 'A');
    await addCard(page, 'Stage 1', 'Barriers', 'B');
    const target = cell(page, 'Stage 2', 'Barriers');
    await card(page, 'A').dragTo(target, { targetPosition: { x: 60, y: 50 } });
    await expect(target.getByRole('listitem', { name: 'A' })).toBeVisible();
    await expect(cell(page, 'Stage 1', 'Barriers').getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(cell(page, 'Stage 1', 'Barriers').locator('.card-text')).toHaveText(['A', 'B']);
    // Drop B above A.
    const aBox = (await card(page, 'A').boundingBox())!;
    await card(page, 'B').dragTo(card(page, 'A'), { targetPosition: { x: 20, y: 2 } });
    await expect(cell(page, 'Stage 1', 'Barriers').locator('.card-text')).toHaveText(['B', 'A']);
    expect(aBox.height).toBeGreaterThan(0);
    await waitSaved(page);
    await page.reload();
    await expect(cell(page, 'Stage 1', 'Barriers').locator('.card-text')).toHaveText(['B', 'A']);
  });

  test('select several cards, move them together and delete them together', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Customer actions', 'one');
    await addCard(page, 'Stage 1', 'Customer actions', 'two');
    await addCard(page, 'Stage 2', 'Customer actions', 'three');
    await card(page, 'one').click();
    await card(page, 'three').click({ modifiers: ['Shift'] });
    await expect(page.locator('.card.selected')).toHaveCount(2);
    await card(page, 'one').dragTo(cell(page, 'Stage 3', 'Customer actions'), { targetPosition: { x: 60, y: 50 } });
    await expect(cell(page, 'Stage 3', 'Customer actions').locator('.card-text')).toHaveText(['one', 'three']);
    await expect(page.locator('.card.selected')).toHaveCount(2);
    await card(page, 'three').focus();
    await page.keyboard.press('Delete');
    await expect(page.locator('.card-text')).toHaveText(['two']);
    await page.locator('body').press('Control+z');
    await expect(cell(page, 'Stage 3', 'Customer actions').locator('.card-text')).toHaveText(['one', 'three']);
  });

  test('copy cards and paste them into another map', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await newMap(page);
    await addCard(page, 'Stage 1', 'Touchpoints', 'Dealer website');
    await card(page, 'Dealer website').getByRole('button', { name: /Card options/ }).click();
    await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption('website');
    await page.keyboard.press('Escape');
    await card(page, 'Dealer website').focus();
    await page.keyboard.press('Control+c');
    await page.getByRole('link', { name: /All maps/ }).click();
    await page.getByRole('button', { name: 'New map' }).click();
    await cell(page, 'Stage 2', 'Touchpoints').focus();
    await page.keyboard.press('Control+v');
    const pasted = cell(page, 'Stage 2', 'Touchpoints').getByRole('listitem', { name: 'Dealer website' });
    await expect(pasted).toBeVisible();
    await expect(pasted.locator('.chip.channel')).toHaveText('Website');
  });

  test('stages: insert, rename, move, resize, delete, with undo; all persisted', async ({ page }) => {
    await newMap(page);
    await page.getByRole('button', { name: 'Stage options: Stage 2' }).click();
    await page.getByRole('menuitem', { name: 'Insert a stage before' }).click();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 1', 'Stage 4', 'Stage 2', 'Stage 3']);
    await page.getByRole('button', { name: 'Stage options: Stage 4' }).click();
    await page.getByRole('menuitem', { name: 'Move left' }).click();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 4', 'Stage 1', 'Stage 2', 'Stage 3']);
    const handle = page.getByRole('separator', { name: 'Resize stage Stage 4' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 40));
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 80, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBeGreaterThan(before + 80);
    await page.getByRole('button', { name: 'Stage options: Stage 1' }).click();
    await page.getByRole('menuitem', { name: 'Delete stage' }).click();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 4', 'Stage 2', 'Stage 3']);
    await page.locator('body').press('Control+z');
    await expect(page.locator('.stage-name')).toHaveText(['Stage 4', 'Stage 1', 'Stage 2', 'Stage 3']);
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 4', 'Stage 1', 'Stage 2', 'Stage 3']);
  });

  test('lanes: add, rename, move, hide and show, delete', async ({ page }) => {
    await newMap(page);
    await page.getByRole('button', { name: 'Add lane' }).click();
    await page.getByRole('button', { name: 'Rename lane Notes' }).click();
    await page.getByRole('textbox', { name: 'Lane name' }).fill('Measured figures');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Lane options: Measured figures' }).click();
    await page.getByRole('menuitem', { name: 'Move up' }).click();
    await expect(page.locator('.lane-name').nth(-2)).toHaveText('Measured figures');
    await page.getByRole('button', { name: 'Lane options: Brand goals' }).click();
    await page.getByRole('menuitem', { name: 'Hide lane' }).click();
    await expect(page.locator('.lane-name', { hasText: 'Brand goals' })).toHaveCount(0);
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.lane-name', { hasText: 'Brand goals' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Hidden lanes: 1' }).click();
    await page.getByRole('menuitem', { name: 'Show lane Brand goals' }).click();
    await expect(page.locator('.lane-name', { hasText: 'Brand goals' })).toHaveCount(1);
    await page.getByRole('button', { name: 'Lane options: Measured figures' }).click();
    await page.getByRole('menuitem', { name: 'Delete lane' }).click();
    await expect(page.locator('.lane-name', { hasText: 'Measured figures' })).toHaveCount(0);
  });

  test('touchpoint channel, barrier severity and card colour from the card options', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Touchpoints', 'Reminder text');
    await card(page, 'Reminder text').getByRole('button', { name: /Card options/ }).click();
    await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption('sms');
    await page.getByRole('button', { name: 'Green' }).click();
    await page.keyboard.press('Escape');
    await expect(card(page, 'Reminder text').locator('.chip.channel')).toHaveText('SMS');
    await expect(card(page, 'Reminder text')).toHaveClass(/card-green/);
    await addCard(page, 'Stage 1', 'Barriers', 'No price online');
    await card(page, 'No price online').getByRole('button', { name: /Card options/ }).click();
    await page.getByRole('combobox', { name: 'Severity' }).selectOption('high');
    await page.keyboard.press('Escape');
    await expect(card(page, 'No price online').locator('.severity-high')).toBeVisible();
    // The channel filter highlights SMS touchpoints.
    await addCard(page, 'Stage 2', 'Touchpoints', 'Web form');
    await page.getByRole('combobox', { name: 'Highlight a channel' }).selectOption('sms');
    await expect(card(page, 'Reminder text')).toHaveClass(/hit/);
    await expect(card(page, 'Web form')).toHaveClass(/dim/);
    await waitSaved(page);
    await page.reload();
    await expect(card(page, 'Reminder text').locator('.chip.channel')).toHaveText('SMS');
    await expect(card(page, 'No price online').locator('.severity-high')).toBeVisible();
  });

  test('emotions: set by keyboard and by dragging the point; the curve follows', async ({ page }) => {
    await newMap(page);
    const point = page.getByRole('slider', { name: 'Emotion at Stage 1' });
    await expect(point).toHaveAttribute('aria-valuetext', 'not rated');
    await point.focus();
    await page.keyboard.press('ArrowUp');
    await expect(point).toHaveAttribute('aria-valuenow', '0');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(point).toHaveAttribute('aria-valuenow', '2');
    const second = page.getByRole('slider', { name: 'Emotion at Stage 2' });
    const box = (await second.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 200, { steps: 6 });
    await page.mouse.up();
    await expect(second).toHaveAttribute('aria-valuenow', '-2');
    await expect(page.locator('.emotion-curve')).toHaveAttribute('d', /C /);
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('slider', { name: 'Emotion at Stage 2' })).toHaveAttribute('aria-valuenow', '-2');
    await page.locator('body').press('Control+z');
  });

  test('a recommendation linked to a barrier draws an arrow and clears the barrier’s flag', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 2', 'Barriers', 'Must visit every showroom');
    await expect(card(page, 'Must visit every showroom').getByRole('img', { name: /No recommendation/ })).toBeVisible();
    await addCard(page, 'Stage 2', 'Recommendations', 'Publish prices online');
    await card(page, 'Publish prices online').getByRole('button', { name: /Card options/ }).click();
    await page.getByRole('checkbox', { name: /Must visit every showroom/ }).check();
    await page.keyboard.press('Escape');
    await expect(page.locator('.link-path')).toHaveCount(1);
    await expect(card(page, 'Must visit every showroom').getByRole('img', { name: /No recommendation/ })).toHaveCount(0);
    await expect(page.locator('.barrier-count').first()).toContainText('1');
    await waitSaved(page);
    await page.reload();
    await expect(page.locator('.link-path')).toHaveCount(1);
    await page.locator('body').press('Control+z');
    await expect(page.locator('.link-path')).toHaveCount(1);
  });

  test('a goal conflict offers a barrier worded from the two goals', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Customer goals', 'Get straight answers');
    await addCard(page, 'Stage 1', 'Brand goals', 'Book a test drive now');
    await page.getByRole('button', { name: 'Stage options: Stage 1' }).click();
    await page.getByRole('menuitem', { name: 'Mark goals as conflicting' }).click();
    await page.getByRole('button', { name: /Customer and brand goals conflict/ }).click();
    const editor = page.getByRole('textbox', { name: 'Card text' });
    await expect(editor).toHaveValue('Goals clash: the customer wants “Get straight answers”, the brand wants “Book a test drive now”.');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Stage 1', 'Barriers').getByRole('listitem')).toHaveCount(1);
    await waitSaved(page);
    await page.reload();
    await expect(page.getByRole('button', { name: /Customer and brand goals conflict/ })).toBeVisible();
  });

  test('find highlights matching cards; focus mode shows one stage', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Customer thoughts', 'Is the price final?');
    await addCard(page, 'Stage 2', 'Customer thoughts', 'Will they push extras?');
    await page.locator('body').press('Control+f');
    await page.getByRole('searchbox', { name: 'Find cards' }).fill('price');
    await expect(page.getByText('1 found')).toBeVisible();
    await expect(card(page, 'Is the price final?')).toHaveClass(/hit/);
    await expect(card(page, 'Will they push extras?')).toHaveClass(/dim/);
    await page.keyboard.press('Enter');
    await expect(card(page, 'Is the price final?')).toBeFocused();
    await page.getByRole('button', { name: 'Close search' }).click();
    await expect(card(page, 'Will they push extras?')).not.toHaveClass(/dim/);
    await page.getByRole('button', { name: 'Stage options: Stage 2' }).click();
    await page.getByRole('menuitem', { name: 'Focus on this stage' }).click();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 2']);
    await page.getByRole('button', { name: 'Show all stages' }).click();
    await expect(page.locator('.stage-name')).toHaveCount(3);
  });

  test('letter shortcuts work on a Russian keyboard layout', async ({ page }) => {
    // page.keyboard cannot switch layouts: send what Chromium sends for a Russian layout, where
    // the Z key types 'я' (code KeyZ), Y 'н', F 'а' and N 'т', to the focused element.
    const press = (key: string, code: string, mods: { ctrlKey?: boolean; shiftKey?: boolean } = {}) =>
      page.evaluate(
        ([key, code, mods]) =>
          (document.activeElement ?? document.body).dispatchEvent(
            new KeyboardEvent('keydown', { key, code, ...mods, bubbles: true, cancelable: true }),
          ),
        [key, code, mods] as const,
      );
    const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await newMap(page);
    await addCard(page, 'Stage 1', 'Customer goals', 'First goal');
    await blur();
    await press('я', 'KeyZ', { ctrlKey: true });
    await expect(card(page, 'First goal')).toHaveCount(0);
    await press('Я', 'KeyZ', { ctrlKey: true, shiftKey: true });
    await expect(card(page, 'First goal')).toBeVisible();
    await press('я', 'KeyZ', { ctrlKey: true });
    await expect(card(page, 'First goal')).toHaveCount(0);
    await press('н', 'KeyY', { ctrlKey: true });
    await expect(card(page, 'First goal')).toBeVisible();

    await cell(page, 'Stage 2', 'Customer goals').focus();
    await press('т', 'KeyN');
    await expect(page.getByRole('textbox', { name: 'Card text' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);

    await blur();
    await press('а', 'KeyF', { ctrlKey: true });
    await expect(page.getByRole('searchbox', { name: 'Find cards' })).toBeFocused();
  });
});

test.describe('canvas headers', () => {
  test('reorder stages and lanes by dragging their headers', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 1', 'Stage 2', 'Stage 3']);
    const from = (await page.locator('.stage-name', { hasText: 'Stage 1' }).boundingBox())!;
    const to = (await page.locator('.stage-header').nth(2).boundingBox())!;
    await page.mouse.move(from.x + 10, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width - 10, from.y + 5, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('.stage-name')).toHaveText(['Stage 2', 'Stage 3', 'Stage 1']);

    const lane = (await page.locator('.lane-name', { hasText: 'Customer goals' }).boundingBox())!;
    const target = (await page.locator('.lane-header').nth(2).boundingBox())!;
    await page.mouse.move(lane.x + 10, lane.y + 5);
    await page.mouse.down();
    await page.mouse.move(lane.x + 10, target.y + target.height - 5, { steps: 8 });
    await page.mouse.up();
    await expect(page.locator('.lane-name').nth(2)).toHaveText('Customer goals');
    await page.locator('body').press('Control+z');
    await expect(page.locator('.lane-name').first()).toHaveText('Customer goals');
  });

  test('the map header names the segment and persona and when it was saved', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('combobox', { name: 'Segment of this map' }).locator('option:checked')).toHaveText(/^Family men 30\+/);
    await expect(page.getByRole('combobox', { name: 'Persona of this map' }).locator('option:checked')).toHaveText('Andrey Sokolov');
    await page.getByRole('button', { name: 'Rename stage Shortlisting crossovers' }).click();
    await page.getByRole('textbox', { name: 'Stage name' }).fill('Shortlist');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Saved at /)).toBeVisible();
  });
});

test('the channel library can be extended with a new channel and icon', async ({ page }) => {
  await openApp(page, '/#/maps');
  await page.getByRole('button', { name: 'New map' }).click();
  await page.getByRole('button', { name: 'Add card: Stage 1, Touchpoints' }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill('Bot reminds of the visit');
  await page.keyboard.press('Enter');
  const bot = page.getByRole('listitem', { name: 'Bot reminds of the visit' });
  await bot.getByRole('button', { name: /Card options/ }).click();
  await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption({ label: 'Add a channel to the library…' });
  await page.getByRole('button', { name: 'Add channel' }).click();
  await expect(page.getByRole('alert')).toHaveText('A channel needs a name.');
  await page.getByRole('textbox', { name: 'New channel name' }).fill('Telegram bot');
  await page.getByRole('button', { name: 'Chat bubble' }).click();
  await page.getByRole('button', { name: 'Add channel' }).click();
  await page.keyboard.press('Escape');
  await expect(bot.locator('.chip.channel')).toHaveText('Telegram bot');
  await expect(bot.locator('.chip.channel svg')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Highlight a channel' }).selectOption({ label: 'Telegram bot' });
  await expect(bot).toHaveClass(/hit/);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole('listitem', { name: 'Bot reminds of the visit' }).locator('.chip.channel')).toHaveText('Telegram bot');
});
