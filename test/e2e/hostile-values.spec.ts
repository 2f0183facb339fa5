// Issue 13: values that passed the import and then broke a page or an export. A card with a
// manual line break (U+000B), NUL and a lone surrogate, and a hypothesis dated at the very
// edges of what a calendar holds, are imported; the board, the hypotheses table and the
// hypothesis page show them, and the map exports as SVG (well-formed XML) and PNG. A time no
// calendar holds is refused, naming the field.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const EDGE = 8.64e15;
const CARD = 'Manual\u000Bbreak NUL\u0000 lone\uD800 end';
/** What the board keeps of it: the break is a line break, NUL is gone, the half character is �. */
const SHOWN = 'Manual\nbreak NUL lone\uFFFD end';

function hostileFile(updatedAt: number): string {
  const hypothesis = {
    id: 'h', mapId: 'm', stageId: 's', recommendationCardId: 'c', title: 'Hostile dates', statement: 'We\u000Bthink',
    metric: '', treatment: '', control: '', plannedStart: '0100-01-01', plannedEnd: '9999-12-31', targetSample: null,
    owner: '', status: 'planned', history: [{ status: 'idea', at: -EDGE }, { status: 'planned', at: EDGE }],
    readings: [], conclusion: '', createdAt: -EDGE, updatedAt,
  };
  // JSON.stringify writes the lone surrogate as the escape \ud800, which JSON.parse reads back as one.
  return JSON.stringify({
    format: 'tropa', version: 1, kind: 'map', exportedAt: '2026-01-01T00:00:00.000Z', segments: [], personas: [],
    maps: [{ id: 'm', title: 'Hostile values', segmentId: null, personaId: null, createdAt: 0, updatedAt: 0 }],
    stages: [{ id: 's', mapId: 'm', name: 'Stage\u0007 one', order: 0, width: 260, goalAlignment: 'unknown' }],
    lanes: [{ id: 'l', mapId: 'm', kind: 'recommendations', name: '', order: 0, hidden: false, scores: [] }],
    cards: [{ id: 'c', mapId: 'm', stageId: 's', laneId: 'l', text: CARD, order: 0, color: 'none', channel: null, severity: null }],
    links: [], hypotheses: [hypothesis], channels: [],
  });
}

async function importFile(page: Page, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import file' }).click()]);
  await chooser.setFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Export from the open dialog: the file's bytes, or the test fails with the dialog's error. */
async function exportBytes(page: Page, dialog: Locator): Promise<Buffer> {
  const download = page.waitForEvent('download').then(async (file) => readFile((await file.path())!));
  const failure = dialog.locator('.form-error').waitFor().then(async () => dialog.locator('.form-error').textContent());
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const outcome = await Promise.race([download.then((bytes) => ({ bytes })), failure.then((error) => ({ error }))]);
  // The race's loser is left waiting; keep its end from being reported.
  download.catch(() => {});
  failure.catch(() => {});
  expect('error' in outcome ? outcome.error : null, 'export error').toBeNull();
  return (outcome as { bytes: Buffer }).bytes;
}

test.describe('hostile values', () => {
  // Dates as the page shows them, whatever zone the machine is in.
  test.use({ timezoneId: 'UTC' });

  test('a card with U+000B, NUL and a lone surrogate and a hypothesis at the calendar’s edges import, show and export', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const broken = page.getByText('Something went wrong in this part of Tropa.');
    await openApp(page, '/#/maps');
    await importFile(page, hostileFile(EDGE));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile values');
    await expect(page.locator('.stage-name')).toHaveText('Stage one');
    const card = page.locator('.card').filter({ hasText: 'Manual' });
    await expect(card).toHaveCount(1);
    expect(await card.locator('.card-text').evaluate((el) => el.textContent)).toBe(SHOWN);

    await page.getByRole('button', { name: 'Export image' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map as a picture' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    const svg = (await exportBytes(page, dialog)).toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, card: doc.querySelector('.xp-card')?.textContent ?? '' };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.card).toContain(SHOWN);

    await page.getByRole('button', { name: 'Export image' }).click();
    await dialog.getByRole('radio', { name: 'PNG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    const png = await exportBytes(page, dialog);
    expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
    await expect(broken).toHaveCount(0);

    await page.goto('/#/hypotheses');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const row = page.getByRole('table', { name: 'Hypotheses table' }).getByRole('row').filter({ hasText: 'Hostile dates' });
    await expect(row).toContainText('1 Jan 100');
    await expect(row).toContainText('13 Sept 275760');
    await row.getByRole('link', { name: 'Hostile dates' }).click();
    const history = page.getByRole('list', { name: 'Status history' });
    await expect(history.getByRole('listitem')).toHaveText(['Idea since 20 Apr 271822', 'Planned since 13 Sept 275760']);
    await expect(broken).toHaveCount(0);

    // Beyond the edge: refused before anything is written, naming the field.
    await page.goto('/#/maps');
    await importFile(page, hostileFile(9e15));
    const refused = page.getByRole('dialog', { name: '“hostile.json” was not imported' });
    await expect(refused.getByRole('listitem')).toHaveText([/^hypotheses\[0\]\.updatedAt: .*calendar/]);
    await expect(broken).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
