import { expect, openApp, test } from './fixtures';

// Numbers are read the way the UI language writes them. In English "10,000" once became 10
// customers (the comma taken for a decimal point), so 9 conversions showed as 90% instead of 0.09%.
test('in English 10,000 customers are ten thousand, and an ambiguous 1,5 income is refused', async ({ page }) => {
  await test.step('a reading of 10,000 customers', async () => {
    await openApp(page, '/#/hypotheses');
    await page.getByRole('button', { name: 'New hypothesis' }).click();
    await expect(page.getByLabel('Hypothesis title')).toHaveValue('New hypothesis');
    const form = page.getByRole('form', { name: 'Add reading' });
    for (const [arm, conversions] of [['Control', '9'], ['Treatment', '6']] as const) {
      await form.getByLabel('Group').selectOption({ label: arm });
      await form.getByLabel('Customers').fill('10,000');
      await form.getByLabel('Conversions').fill(conversions);
      await form.getByRole('button', { name: 'Add reading' }).click();
      await expect(page.getByRole('table', { name: 'Readings' }).getByRole('row')).toHaveCount(arm === 'Control' ? 2 : 3);
    }
    await expect(page.getByRole('table', { name: 'Readings' }).getByRole('cell', { name: '10,000', exact: true })).toHaveCount(2);
    await expect(page.getByText('Control: 9 of 10,000 customers converted, 0.09%')).toBeVisible();
  });

  await test.step('a persona income of “1,5”', async () => {
    await page.getByRole('link', { name: 'Segments' }).click();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Family men 30\+/ }) });
    await row.getByRole('button', { name: /^Add persona to Family men/ }).click();
    const form = page.getByRole('dialog', { name: /^Add persona to Family men/ });
    await form.getByLabel('Name', { exact: true }).fill('Tom Baker');
    await form.getByLabel('Monthly income').fill('1,5');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText('“1,5” is not a number here: a comma only groups thousands (1,000). Use 1.5 or 15.')).toBeVisible();
    await expect(form.getByText('Nothing was saved: fix the marked fields.')).toBeVisible();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByRole('article', { name: 'Tom Baker' })).toHaveCount(0);
  });
});
