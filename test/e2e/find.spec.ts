import { expect, test } from './fixtures';
import { addCard, card, newMap } from './helpers';

test.describe('find', () => {
  test('Russian word forms: "цена" finds цену, цены and цене, not цель, and marks the words', async ({ page }) => {
    await newMap(page);
    await addCard(page, 'Stage 1', 'Customer goals', 'Узнать цену');
    await addCard(page, 'Stage 2', 'Customer thoughts', 'Скидка от цены');
    await addCard(page, 'Stage 3', 'Customer actions', 'Торг о цене');
    await addCard(page, 'Stage 1', 'Customer actions', 'Цель визита');

    await page.locator('body').press('Control+f');
    await page.getByRole('searchbox', { name: 'Find cards' }).fill('цена');
    await expect(page.locator('.find-count')).toHaveText('3 found');

    const found = { 'Узнать цену': 'цену', 'Скидка от цены': 'цены', 'Торг о цене': 'цене' };
    for (const [text, word] of Object.entries(found)) {
      await expect(card(page, text), text).toHaveClass(/\bhit\b/);
      await expect(card(page, text).locator('mark'), `marked in "${text}"`).toHaveText([word]);
      await expect(card(page, text).locator('.card-text'), `text of "${text}"`).toHaveText(text);
    }
    await expect(card(page, 'Цель визита')).toHaveClass(/\bdim\b/);
    await expect(card(page, 'Цель визита').locator('mark')).toHaveCount(0);
    await expect(page.locator('.card mark')).toHaveCount(3);

    await page.getByRole('button', { name: 'Close search' }).click();
    await expect(page.locator('.card mark')).toHaveCount(0);
    await expect(card(page, 'Цель визита')).not.toHaveClass(/\bdim\b/);
  });
});
