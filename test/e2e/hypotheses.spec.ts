import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, test, waitSaved } from './fixtures';

async function newMapWithLinkedRecommendation(page: Page) {
  await openApp(page, '/#/maps');
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page.locator('.stage-name')).toHaveCount(3);
  for (const [lane, text] of [
    ['Barriers', 'Must visit every showroom'],
    ['Recommendations', 'Publish prices online'],
  ] as const) {
    await page.getByRole('button', { name: `Add card: Stage 2, ${lane}` }).click();
    await page.getByRole('textbox', { name: 'Card text' }).fill(text);
    await page.keyboard.press('Enter');
    await expect(card(page, text)).toBeVisible();
  }
  await card(page, 'Publish prices online').getByRole('button', { name: /Card options/ }).click();
  await page.getByRole('checkbox', { name: /Must visit every showroom/ }).check();
}

const card = (page: Page, text: string) => page.getByRole('listitem', { name: text, exact: true });

/** Type into a field and leave it, which is when the field saves. */
async function enter(page: Page, label: string | RegExp, value: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
  await field.press('Tab');
}

async function addReading(page: Page, arm: 'Control' | 'Treatment', users: string, conversions: string) {
  const form = page.getByRole('form', { name: 'Add reading' });
  await form.getByLabel('Group').selectOption({ label: arm });
  await form.getByLabel('Customers').fill(users);
  await form.getByLabel('Conversions').fill(conversions);
  await form.getByRole('button', { name: 'Add reading' }).click();
}

test.describe('hypotheses', () => {
  test('from a barrier to a decided hypothesis: make, plan, record, decide; badge on the map; all kept on reload', async ({ page }) => {
    await newMapWithLinkedRecommendation(page);
    await page.getByRole('button', { name: 'Make hypothesis' }).click();
    await expect(page).toHaveURL(/#\/hypotheses\/[^/]+$/);

    // Prefilled from the map.
    await expect(page.getByLabel('Hypothesis title')).toHaveValue('Test: Publish prices online');
    await expect(page.getByLabel(/^Statement/)).toHaveValue(
      'If we publish prices online, then more customers will move on at this stage, because it removes the barrier “Must visit every showroom”.',
    );
    await expect(page.getByLabel('What the treatment group gets')).toHaveValue('Publish prices online');
    await expect(page.getByLabel('What the control group gets')).toHaveValue('Nothing new: the customer journey stays as it is today');
    const source = page.getByRole('region', { name: 'Where it comes from' });
    await expect(source).toContainText('Stage 2');
    await expect(source.getByRole('listitem')).toHaveText(['Must visit every showroom']);
    await enter(page, 'Metric: what counts as a customer and as a success', 'Customer: a model page visitor; success: a visit request');
    await enter(page, 'Owner', 'Igor');

    // Plan the sample: 10% baseline, +5 pp -> 686 per group (checked against the formula in stats.test.ts).
    const planner = page.getByRole('status', { name: 'Sample size' });
    await expect(planner).toContainText('Enter the baseline conversion and the effect');
    await enter(page, 'Baseline conversion of the control group, %', '10');
    await enter(page, 'Smallest effect worth detecting, percentage points', '5');
    await expect(planner).toContainText('Customers needed per group: 686 (both groups: 1,372).');
    await enter(page, 'Customers per week (both groups)', '100');
    await expect(planner).toContainText('At 100 customers a week the test takes about 14 weeks.');
    await enter(page, 'Target customers per group', '500');
    await expect(planner).toContainText('The target of 500 customers per group is below the 686 needed');
    await planner.getByRole('button', { name: 'Use 686 as the target' }).click();
    await expect(page.getByLabel('Target customers per group')).toHaveValue('686');
    await expect(planner).not.toContainText('below the');
    // The same effect as a share of the baseline: 50% of 10% is 5 pp.
    await page.getByRole('radio', { name: '% of the baseline' }).check();
    await expect(page.getByLabel('Smallest effect worth detecting, % of the baseline')).toHaveValue('50');

    // Bad input: a message at the field, nothing saved, no NaN anywhere.
    await enter(page, 'Baseline conversion of the control group, %', '150');
    await expect(page.getByText('Enter a percentage above 0 and below 100.')).toBeVisible();
    await expect(planner).toContainText('Customers needed per group: 686');
    await addReading(page, 'Control', 'abc', '3');
    await expect(page.getByText('Customers must be a whole number above 0.')).toBeVisible();
    await addReading(page, 'Control', '10', '12');
    await expect(page.getByText('Conversions cannot exceed customers (10).')).toBeVisible();
    await expect(page.getByText('No readings yet.')).toBeVisible();
    await expect(page.locator('main')).not.toContainText('NaN');

    // Results: the verdict in plain words.
    await addReading(page, 'Control', '400', '40');
    await expect(page.getByText('Both groups need at least one reading')).toBeVisible();
    await addReading(page, 'Treatment', '400', '64');
    // 400 of the planned 686 per group: the fixed-sample p of 0.0116 is provisional, only the always-valid interval may decide.
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText(
      'Treatment converts 6.0 pp better (95% CI +1.3 pp to +10.7 pp). 99% chance it beats control. Ahead, but not yet decided',
    );
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('286 more customers per group to reach the planned 686.');
    await expect(page.getByText('Control: 40 of 400 customers converted, 10.0%')).toBeVisible();
    await expect(page.getByText('z = 2.523, p = 0.0116')).toBeVisible();
    await expect(page.getByRole('img', { name: /Conversion of both groups with their ranges: Control 10\.0%/ })).toBeVisible();

    // Through the statuses, each dated.
    for (const status of ['Planned', 'Running', 'Analysing', 'Adopted']) {
      await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: status });
    }
    // Adopting before a decision asks first, and is recorded as a test stopped early.
    await page.getByRole('dialog').getByRole('button', { name: 'Adopt anyway' }).click();
    await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem')).toHaveText([
      /^Idea since/,
      /^Planned since/,
      /^Running since/,
      /^Analysing since/,
      /^Adopted since .*\(stopped early, before a decision\)$/,
    ]);

    // The recommendation on the map shows the result.
    await source.getByRole('link', { name: 'New journey map' }).click();
    const badge = page.getByRole('link', { name: 'Hypothesis “Test: Publish prices online”: +6.0 pp (p = 0.0116, provisional; not yet decided), adopted' });
    await expect(badge).toBeVisible();
    await waitSaved(page);
    await page.reload();
    await expect(badge).toBeVisible();
    await badge.click();

    // Everything survived the reload.
    await expect(page.getByLabel('Hypothesis title')).toHaveValue('Test: Publish prices online');
    await expect(page.getByLabel('Owner')).toHaveValue('Igor');
    await expect(page.getByRole('table', { name: 'Readings' }).getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('status', { name: 'Verdict' })).toContainText('Ahead, but not yet decided');
    await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('adopted');
    await expect(page.getByRole('list', { name: 'Status history' }).getByRole('listitem')).toHaveCount(5);
    await page.getByRole('link', { name: 'Hypotheses', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Adopted' })).toContainText('Test: Publish prices online');
  });

  test('few deals: Fisher’s exact test decides and Tropa says how many more customers are needed', async ({ page }) => {
    await openApp(page, '/#/hypotheses');
    await page.getByRole('button', { name: 'New hypothesis' }).click();
    await expect(page.getByLabel('Hypothesis title')).toHaveValue('New hypothesis');
    await expect(page.getByRole('region', { name: 'Where it comes from' })).toContainText('Not tied to a map.');
    await addReading(page, 'Control', '10', '1');
    await addReading(page, 'Treatment', '10', '5');
    await expect(page.getByRole('note').filter({ hasText: 'Fisher’s exact test decides' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Verdict' })).toHaveText(
      'Treatment converts 40.0 pp better (95% CI -0.2 pp to +67.6 pp). 97% chance it beats control. Not significant yet: about 10 more customers per group needed. This figure is based on the effect observed so far.',
    );
    // Undo takes the last reading back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Both groups need at least one reading')).toBeVisible();
  });

  test('the hypotheses page filters, sorts and exports the table as CSV', async ({ page }) => {
    await openApp(page, '/#/hypotheses');
    await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText('2 shown');
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Adopted' });
    await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText('1 shown');
    await expect(page.getByRole('region', { name: 'Hypotheses by status' })).toContainText('Sales e-mail chain for extra equipment');
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Any' });
    await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Choosing a dealership' });
    await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText('1 shown');
    await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Any' });
    // Move a hypothesis on from the board itself.
    await page.getByRole('combobox', { name: 'Status of Final price on the dealer’s website' }).selectOption({ label: 'Analysing' });
    await expect(page.getByRole('region', { name: 'Analysing' })).toContainText('Final price on the dealer’s website');
    await expect(page.getByRole('region', { name: 'Running' })).not.toContainText('Final price');

    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('table', { name: 'Hypotheses table' });
    await table.getByRole('button', { name: 'Sort by Uplift' }).click();
    await expect(table.locator('tbody th')).toHaveText(['Final price on the dealer’s website', 'Sales e-mail chain for extra equipment']);
    await table.getByRole('button', { name: 'Sort by Uplift' }).click();
    await expect(table.locator('tbody th')).toHaveText(['Sales e-mail chain for extra equipment', 'Final price on the dealer’s website']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export table as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^hypotheses \d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Hypothesis,Status,Map,Segment,Stage,Recommendation,Owner,Start,End,Target per group,Control customers,/);
    expect(lines[2]).toContain('Final price on the dealer’s website,Analysing,');
    expect(lines[1]).toContain('Sales e-mail chain for extra equipment,Adopted,Buying a family crossover (brand X)');
    expect(lines[1]).toContain(',140,18,150,34,');
    // The demo's adopted test stopped at 140 of its planned 150 per group: not yet decided.
    expect(lines[1]).toContain('Treatment converts 9.8 pp better (95% CI +0.9 pp to +18.4 pp). 98% chance it beats control. Ahead, but not yet decided');
  });
});
