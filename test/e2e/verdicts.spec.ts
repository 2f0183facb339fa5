// Honest verdicts (issue 15): a test read monthly is not decided by a fixed-sample p-value, a
// revenue metric gets Welch's verdict, a broken split is said first, adopting early asks.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function newHypothesis(page: Page) {
  await openApp(page, '/#/hypotheses');
  await page.getByRole('button', { name: 'New hypothesis' }).click();
  await expect(page.getByLabel('Hypothesis title')).toHaveValue('New hypothesis');
}

/** Type into a field and leave it, which is when the field saves. */
async function enter(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

const form = (page: Page) => page.getByRole('form', { name: 'Add reading' });

async function addReading(page: Page, date: string, arm: 'Control' | 'Treatment', users: string, conversions: string) {
  await form(page).getByLabel('Date', { exact: true }).fill(date);
  await form(page).getByLabel('Group', { exact: true }).selectOption({ label: arm });
  await form(page).getByLabel('Customers', { exact: true }).fill(users);
  await form(page).getByLabel('Conversions', { exact: true }).fill(conversions);
  await form(page).getByRole('button', { name: 'Add reading' }).click();
}

async function addValueReading(page: Page, date: string, arm: 'Control' | 'Treatment', users: string, sum: string, sumSquares: string) {
  await form(page).getByLabel('Date', { exact: true }).fill(date);
  await form(page).getByLabel('Group', { exact: true }).selectOption({ label: arm });
  await form(page).getByLabel('Customers', { exact: true }).fill(users);
  await form(page).getByLabel('Sum of values', { exact: true }).fill(sum);
  await form(page).getByLabel('Sum of squared values', { exact: true }).fill(sumSquares);
  await form(page).getByRole('button', { name: 'Add reading' }).click();
}

const verdict = (page: Page) => page.getByRole('status', { name: 'Verdict' });

test.describe('honest verdicts', () => {
  test('a conversion test read monthly: not yet decided while running, decided at the planned sample', async ({ page }) => {
    await newHypothesis(page);
    await enter(page, 'Target customers per group', '231');
    // Month 1 and 2: 56 / 7 against 60 / 14.
    await addReading(page, '2026-01-31', 'Control', '28', '3');
    await addReading(page, '2026-01-31', 'Treatment', '30', '7');
    await addReading(page, '2026-02-28', 'Control', '28', '4');
    await addReading(page, '2026-02-28', 'Treatment', '30', '7');
    await expect(verdict(page)).toContainText('Ahead, but not yet decided: the always-valid 95% interval');
    await expect(verdict(page)).toContainText('175 more customers per group to reach the planned 231.');
    await expect(page.getByRole('note').filter({ hasText: 'provisional' })).toContainText('The planned sample of 231 customers per group is not reached');
    await expect(page.getByText('z-test (pooled), provisional until 231 per group')).toBeVisible();

    // Month 3 to 5: 140 / 18 against 150 / 34 - the fixed-sample p is 0.03, yet the test is not decided.
    for (const [date, c, cc, t, tc] of [
      ['2026-03-31', '28', '4', '30', '6'],
      ['2026-04-30', '28', '3', '30', '7'],
      ['2026-05-31', '28', '4', '30', '7'],
    ] as const) {
      await addReading(page, date, 'Control', c, cc);
      await addReading(page, date, 'Treatment', t, tc);
    }
    await expect(page.getByText(/^z = [\d.]+, p = 0\.0296$/)).toBeVisible();
    await expect(verdict(page)).toContainText('Ahead, but not yet decided');
    await expect(verdict(page)).not.toContainText('Significant');
    await expect(verdict(page)).toContainText('91 more customers per group to reach the planned 231.');
    // The chart of the always-valid interval, one look per reading date.
    const chart = page.getByRole('img', { name: /^Always-valid interval of the difference at each reading: / });
    await expect(chart).toBeVisible();
    await expect(chart.locator('.chart-look')).toHaveCount(5);

    // Adopting now asks first; cancelling leaves it running.
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Running' });
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Adopted' });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Adopt “New hypothesis” before the test has decided?');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('running');

    // Month 6: the planned 231 per group, 30 against 54 - now the fixed-sample test decides.
    await addReading(page, '2026-06-30', 'Control', '91', '12');
    await addReading(page, '2026-06-30', 'Treatment', '81', '20');
    await expect(verdict(page)).toContainText('Treatment converts 10.4 pp better');
    await expect(verdict(page)).toContainText('Significant at 5%.');
    await expect(page.getByRole('note').filter({ hasText: 'is not reached' })).toHaveCount(0);
    await expect(chart.locator('.chart-look')).toHaveCount(6);
    // A decided test is adopted without a question.
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Adopted' });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem').last()).toHaveText(/^Adopted since [^(]*$/);

    // The table shows the verdict, not only the uplift.
    await page.getByRole('link', { name: 'All hypotheses' }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Hypotheses table' }).getByRole('row', { name: /New hypothesis/ })).toContainText(
      /\+10\.4 pp, decided \(p = 0\.00\d+\)/,
    );
  });

  test('adopting early asks and records the test as stopped early', async ({ page }) => {
    await newHypothesis(page);
    await enter(page, 'Target customers per group', '231');
    await addReading(page, '2026-01-31', 'Control', '56', '7');
    await addReading(page, '2026-01-31', 'Treatment', '60', '14');
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Adopted' });
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('The verdict so far: Treatment converts');
    await dialog.getByRole('button', { name: 'Adopt anyway' }).click();
    await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('adopted');
    await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem').last()).toContainText('(stopped early, before a decision)');
    await expect(page.getByRole('note').filter({ hasText: 'stopped early' })).toBeVisible();
  });

  test('a revenue metric: readings typed and a per-customer CSV give Welch’s verdict', async ({ page }) => {
    await newHypothesis(page);
    await page.getByLabel('Metric kind').selectOption({ label: 'Value per customer (revenue, items bought…)' });
    await expect(page.getByText('Sum of squared values').first()).toBeVisible();
    // Control typed: 10 customers, values 100, 120, 90, 0, 150, 110, 95, 130, 80, 105.
    await addValueReading(page, '2026-01-31', 'Control', '10', '980', '110,450');
    await expect(page.getByText('Both groups need at least one reading')).toBeVisible();
    // Treatment from a per-customer CSV, with a header line.
    await form(page).getByLabel('Group', { exact: true }).selectOption({ label: 'Treatment' });
    await form(page)
      .getByLabel(/^Import per-customer values/)
      .setInputFiles({ name: 'treatment.csv', mimeType: 'text/csv', buffer: Buffer.from('revenue\n140\n160\n120\n90\n180\n150\n135\n170\n110\n145\n') });
    await expect(page.getByText('Imported 10 customers into Treatment (sum 1,400).')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Readings' }).getByRole('row')).toHaveCount(3);
    await expect(verdict(page)).toContainText('Treatment’s mean value is 42 higher (140 against 98;');
    await expect(verdict(page)).toContainText('Welch’s t-test: t = ');
    await expect(verdict(page)).toContainText('Significant at 5%.');
    await expect(page.getByText('Control: 10 customers, mean 98')).toBeVisible();
    // A bad file imports nothing and says which line.
    await form(page)
      .getByLabel(/^Import per-customer values/)
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('10\nabc\n') });
    await expect(page.getByText('Line 2 is not a number: “abc”. Nothing was imported.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Readings' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('note').filter({ hasText: 'No planned sample yet' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('NaN');

    // The planner sizes a value metric from its standard deviation; with the target the test becomes provisional.
    await enter(page, 'Expected standard deviation of the value per customer', '40');
    await enter(page, 'Smallest change of the mean value worth detecting', '10');
    const planner = page.getByRole('status', { name: 'Sample size' });
    await expect(planner).toContainText(/Customers needed per group: \d{3} \(both groups: [\d,]+\)\./);
    await expect(planner).toContainText('Based on a standard deviation of 40 and a smallest change of 10 in the mean value per customer.');
    await expect(page.getByRole('note').filter({ hasText: 'No planned sample yet' })).toHaveCount(0);
    await expect(page.getByRole('note').filter({ hasText: 'is not reached' })).toBeVisible();
    await expect(page.getByText(/^Welch’s t-test, provisional until \d{3} per group$/)).toBeVisible();
    await expect(verdict(page)).toContainText('not yet decided');
  });

  test('a 50/50 test with 1,000 against 1,200 customers says the split is broken first', async ({ page }) => {
    await newHypothesis(page);
    await addReading(page, '2026-01-31', 'Control', '1000', '100');
    await addReading(page, '2026-01-31', 'Treatment', '1200', '150');
    await expect(verdict(page)).toHaveText(/^The split itself is broken: 1,000 customers in control against 1,200 in treatment is not the planned 50\/50/);
    await expect(page.getByRole('alert').filter({ hasText: 'Sample ratio mismatch' })).toBeVisible();
    // In Russian, with Russian numbers.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await expect(page.getByRole('status', { name: 'Вывод' })).toHaveText(
      /^Нарушено само разбиение на группы: 1\u00a0000 клиентов в контроле против 1\u00a0200 в тесте — это не запланированные 50\/50 \(p = < 0,0001\)/,
    );
    await expect(page.getByRole('alert').filter({ hasText: 'Несоответствие разбиения' })).toBeVisible();
  });
});
