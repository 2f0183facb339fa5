import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const DEMO_STAGES = 13;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function openDemo(page: Page) {
  await openApp(page);
  await expect(page.locator('.stage-name')).toHaveCount(DEMO_STAGES);
}

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Export image' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the map as a picture' });
  await expect(dialog.locator('[data-export-size]')).toBeVisible();
  return dialog;
}

/** The laid-out size of the lean export DOM the picture is made from, in CSS px. */
async function exportBounds(page: Page) {
  const root = page.locator('.xp-host > .xp-root');
  await expect(root).toHaveCount(1);
  return {
    width: Number(await root.getAttribute('data-export-width')),
    height: Number(await root.getAttribute('data-export-height')),
  };
}

async function exportFile(page: Page): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  return { download, bytes };
}

/** What an exported SVG draws: each card's text, the "!" flags on cards and in the legend. */
async function svgFacts(page: Page, bytes: Buffer) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      cards: [...doc.querySelectorAll('.xp-card')].map((card) => card.textContent ?? ''),
      cardFlags: doc.querySelectorAll('.xp-grid .xp-flag').length,
      legendFlags: doc.querySelectorAll('.xp-legend .xp-flag').length,
      legend: doc.querySelector('.xp-legend')?.textContent ?? '',
    };
  }, bytes.toString('utf8'));
}

interface PixelStats {
  width: number;
  height: number;
  distinct: number;
  darkShare: number;
  opaqueShare: number;
  near: Record<string, number>;
}

/** Decodes a picture in the browser and counts its colours. */
async function pixelStats(page: Page, bytes: Buffer, mime: string, colours: Record<string, [number, number, number]>): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, mime, colours }) => {
      const img = new Image();
      img.src = `data:${mime};base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      let dark = 0;
      let opaque = 0;
      const near: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
      const entries = Object.entries(colours);
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!, a = data[i + 3]!;
        seen.add((r << 16) | (g << 8) | b);
        if (a > 200) opaque++;
        if (a > 200 && 0.299 * r + 0.587 * g + 0.114 * b < 110) dark++;
        for (const [name, [cr, cg, cb]] of entries) {
          if (a > 200 && Math.abs(r - cr) < 14 && Math.abs(g - cg) < 14 && Math.abs(b - cb) < 14) near[name]!++;
        }
      }
      const total = data.length / 4;
      return { width: canvas.width, height: canvas.height, distinct: seen.size, darkShare: dark / total, opaqueShare: opaque / total, near };
    },
    { base64: bytes.toString('base64'), mime, colours },
  );
}

const LINK_GREEN: [number, number, number] = [27, 138, 107];
const CURVE_BLUE: [number, number, number] = [47, 91, 234];

test.describe('image export', () => {
  test('PNG of the whole demo map at 1x: the size of the map, full of text, arrows and the emotion curve', async ({ page }) => {
    await openDemo(page);
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: '1×' }).check();
    const bounds = await exportBounds(page);
    // Far larger than the 1440x900 window: the whole map, not what is on screen.
    expect(bounds.width).toBeGreaterThan(3000);
    expect(bounds.height).toBeGreaterThan(1500);
    await expect(dialog.locator('[data-export-size]')).toHaveAttribute('data-export-size', `${bounds.width}x${bounds.height}`);
    const { download, bytes } = await exportFile(page);
    expect(download.suggestedFilename()).toMatch(/^Buying a family crossover \(brand X\) \d{4}-\d\d-\d\d\.png$/);
    expect(pngSize(bytes)).toEqual(bounds);
    await expect(page.getByText(/^Saved Buying a family crossover/)).toBeVisible();

    const stats = await pixelStats(page, bytes, 'image/png', { link: LINK_GREEN, curve: CURVE_BLUE });
    expect(stats.width).toBe(bounds.width);
    expect(stats.distinct, 'distinct colours: text, cards, chips').toBeGreaterThan(500);
    expect(stats.darkShare, 'share of dark (text) pixels').toBeGreaterThan(0.005);
    expect(stats.darkShare).toBeLessThan(0.2);
    expect(stats.opaqueShare, 'white background').toBeGreaterThan(0.99);
    expect(stats.near.link, 'pixels of the link arrows').toBeGreaterThan(300);
    expect(stats.near.curve, 'pixels of the emotion curve').toBeGreaterThan(1500);
  });

  test('text in the PNG is set in the bundled font, exactly as laid out', async ({ page }) => {
    await openDemo(page);
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: '1×' }).check();
    await dialog.getByRole('radio', { name: 'PNG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    // Where three runs of text end in the layout (Inter 700, 400 and 600), relative to the picture.
    const runs = await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('.xp-host > .xp-root')!;
      const origin = root.getBoundingClientRect();
      const textOf = (el: Element) => [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      return [root.querySelector('.xp-title')!, root.querySelector('.xp-date')!, root.querySelector('.xp-stage')!].map((el) => {
        const range = document.createRange();
        range.selectNodeContents(textOf(el));
        const r = range.getClientRects()[0]!;
        return { text: range.toString(), left: Math.round(r.left - origin.left), right: Math.round(r.right - origin.left), top: Math.round(r.top - origin.top), bottom: Math.round(r.bottom - origin.top) };
      });
    });
    const { bytes } = await exportFile(page);
    const ends = await page.evaluate(
      async ({ base64, runs }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return runs.map((run) => {
          // The rightmost text-coloured pixel on the run's line, and any below it (a wrapped line).
          const band = ctx.getImageData(run.left, run.top, run.right - run.left + 20, run.bottom - run.top + 8);
          let end = -1;
          let below = 0;
          for (let y = 0; y < band.height; y++) {
            for (let x = 0; x < band.width; x++) {
              const i = (y * band.width + x) * 4;
              if (0.299 * band.data[i]! + 0.587 * band.data[i + 1]! + 0.114 * band.data[i + 2]! < 150) {
                if (y < run.bottom - run.top) end = Math.max(end, x);
                else below++;
              }
            }
          }
          return { text: run.text, width: run.right - run.left, end: end + 1, below };
        });
      },
      { base64: bytes.toString('base64'), runs },
    );
    for (const run of ends) {
      // html-to-image sets text 0.1 px smaller than laid out: a line may end a little early.
      expect(Math.abs(run.end - run.width), `"${run.text}" ends where Inter ends it`).toBeLessThanOrEqual(Math.max(3, run.width * 0.015));
    }
    // Nothing is set below the title and the date: in a wider font they would wrap.
    expect(ends[0]!.below, 'the title does not wrap').toBe(0);
    expect(ends[1]!.below, 'the date does not wrap').toBe(0);
  });

  test('PNG at 2x is twice the bounds; transparent background stays transparent', async ({ page }) => {
    await openDemo(page);
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    await expect(dialog.getByRole('radio', { name: '2×' })).toBeChecked();
    const bounds = await exportBounds(page);
    const { bytes } = await exportFile(page);
    expect(pngSize(bytes)).toEqual({ width: bounds.width * 2, height: bounds.height * 2 });
    const stats = await pixelStats(page, bytes, 'image/png', {});
    // The grid and the cards are opaque; the margin around them is not.
    expect(stats.opaqueShare).toBeGreaterThan(0.5);
    expect(stats.opaqueShare).toBeLessThan(0.99);
    expect(stats.distinct).toBeGreaterThan(500);
  });

  test('SVG holds the link arrows, the emotion curve and the text; JPEG is a JPEG on white', async ({ page }) => {
    await openDemo(page);
    const links = await page.locator('.links-layer .link-path').count();
    expect(links).toBeGreaterThan(3);
    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const svg = await exportFile(page);
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        links: doc.querySelectorAll('path.xp-link').length,
        curves: doc.querySelectorAll('path.xp-curve').length,
        text: doc.documentElement.textContent ?? '',
        fonts: (source.match(/@font-face/g) ?? []).length,
        // base64 of a woff2 file's signature, 'wOF2'
        embedded: source.includes(';base64,d09GMg'),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.links).toBe(links);
    expect(parsed.curves).toBe(1);
    expect(parsed.text).toContain('Shortlisting crossovers');
    expect(parsed.text).toContain('Warranty service');
    // The bundled font travels inside the file.
    expect(parsed.fonts).toBeGreaterThan(2);
    expect(parsed.embedded).toBe(true);

    await openDialog(page);
    // The last export's options are offered again.
    await expect(dialog.getByRole('radio', { name: 'SVG' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    await dialog.getByRole('radio', { name: 'JPEG' }).check();
    await expect(dialog.getByRole('radio', { name: 'Transparent' })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: 'White' })).toBeChecked();
    await dialog.getByRole('radio', { name: '1×' }).check();
    const bounds = await exportBounds(page);
    const jpeg = await exportFile(page);
    expect(jpeg.download.suggestedFilename()).toMatch(/\.jpg$/);
    expect(jpeg.bytes.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    const stats = await pixelStats(page, jpeg.bytes, 'image/jpeg', {});
    expect({ width: stats.width, height: stats.height }).toEqual(bounds);
    expect(stats.opaqueShare).toBe(1);
    expect(stats.distinct).toBeGreaterThan(500);
  });

  test('a map too big for 3x is exported at a lower scale, and Tropa says so', async ({ page }) => {
    await openApp(page, '/#/maps');
    await page.getByRole('button', { name: 'New map' }).click();
    await expect(page.locator('.stage-name')).toHaveCount(3);
    for (let n = 4; n <= 24; n++) {
      // Through the first stage's menu: the "Add stage" button drifts off screen as the map grows.
      await page.getByRole('button', { name: 'Stage options: Stage 1', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Insert a stage after' }).click();
      await expect(page.locator('.stage-name')).toHaveCount(n);
    }
    const dialog = await openDialog(page);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByRole('radio', { name: '3×' }).check();
    const bounds = await exportBounds(page);
    expect(bounds.width * 3).toBeGreaterThan(16_384);
    const warning = dialog.getByRole('alert');
    await expect(warning).toContainText('At 3× the picture would pass the browser’s limit');
    const scale = Number((await warning.textContent())!.match(/exported at ([\d.]+)×/)![1]);
    expect(scale).toBeLessThan(3);
    expect(scale).toBeGreaterThan(2);
    const { bytes } = await exportFile(page);
    const size = pngSize(bytes);
    expect(size.width).toBeLessThanOrEqual(16_384);
    expect(size.width).toBe(Math.floor(bounds.width * scale));
    expect(size.height).toBe(Math.floor(bounds.height * scale));
    await expect(page.getByText(new RegExp(`at ${scale}× \\(reduced to fit the browser’s limit\\)`))).toBeVisible();
  });

  test('export one stage from its menu, and the selected cards', async ({ page }) => {
    await openDemo(page);
    await page.getByRole('button', { name: 'Stage options: Comparing models' }).click();
    await page.getByRole('menuitem', { name: 'Export this stage as image' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the map as a picture' });
    await expect(dialog.getByRole('combobox', { name: 'What to export' })).toHaveValue(/^stage:/);
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Persona' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Legend' }).uncheck();
    const bounds = await exportBounds(page);
    expect(bounds.width).toBeLessThan(800);
    const png = await exportFile(page);
    expect(png.download.suggestedFilename()).toMatch(/^Buying a family crossover \(brand X\) - Comparing models \d{4}-\d\d-\d\d\.png$/);
    expect(pngSize(png.bytes)).toEqual({ width: bounds.width * 2, height: bounds.height * 2 });

    // The same stage as SVG: its cards are there, the other stages are not.
    await page.getByRole('button', { name: 'Stage options: Comparing models' }).click();
    await page.getByRole('menuitem', { name: 'Export this stage as image' }).click();
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    const svg = (await exportFile(page)).bytes.toString('utf8');
    expect(svg).toContain('Comparing models');
    expect(svg).not.toContain('Shortlisting crossovers');
    expect(svg).not.toContain('Warranty service');

    // Two selected cards of different stages.
    const first = page.getByRole('listitem', { name: 'Find which crossovers fit the family’s size and budget' });
    const second = page.getByRole('listitem', { name: 'Compare models on price, fuel use and safety' });
    await first.click();
    await second.click({ modifiers: ['Shift'] });
    await expect(page.locator('.card.selected')).toHaveCount(2);
    await openDialog(page);
    await dialog.getByRole('combobox', { name: 'What to export' }).selectOption({ label: 'Selected cards (2)' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    const selection = await exportFile(page);
    expect(selection.download.suggestedFilename()).toMatch(/ - selection \d{4}-\d\d-\d\d\.svg$/);
    const selected = selection.bytes.toString('utf8');
    expect(selected).toContain('Find which crossovers fit the family’s size and budget');
    expect(selected).toContain('Compare models on price, fuel use and safety');
    expect(selected).not.toContain('Book a visit at a convenient time');
  });


  test('the persona’s photo goes into the picture; the picture follows the UI language', async ({ page }) => {
    await openApp(page, '/#/segments');
    const demo = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Family men/ }) });
    await demo.getByRole('button', { name: 'Edit persona Andrey Sokolov' }).click();
    const form = page.getByRole('dialog', { name: 'Edit persona Andrey Sokolov' });
    await form.getByLabel('Photo').setInputFiles('test/e2e/files/portrait.png');
    await expect(form.getByRole('img', { name: 'Photo of Andrey Sokolov' })).toBeVisible();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form).toHaveCount(0);
    await page.goto('/#/maps/demo-map');
    await expect(page.locator('.stage-name')).toHaveCount(DEMO_STAGES);
    const dialog = await openDialog(page);
    await expect(dialog.getByRole('checkbox', { name: 'Persona' })).toBeChecked();
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    const svg = (await exportFile(page)).bytes.toString('utf8');
    const photo = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return doc.querySelector('.xp-persona img.xp-avatar')?.getAttribute('src')?.slice(0, 23) ?? null;
    }, svg);
    expect(photo).toBe('data:image/jpeg;base64,');
    expect(svg).toContain('Andrey Sokolov');

    await page.getByRole('combobox', { name: /language|язык/i }).selectOption('ru');
    await expect(page.getByRole('button', { name: 'Экспорт картинки' })).toBeVisible();
    await page.getByRole('button', { name: 'Экспорт картинки' }).click();
    const ru = page.getByRole('dialog', { name: 'Экспорт карты в картинку' });
    await ru.getByRole('radio', { name: 'SVG' }).check();
    await expect(ru.locator('[data-export-size]')).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), ru.getByRole('button', { name: 'Экспортировать' }).click()]);
    const text = (await readFile((await download.path())!)).toString('utf8');
    expect(text).toContain('Легенда');
    expect(text).toContain('Сила барьера');
  });

  test('the dialog closes with Escape and exports nothing', async ({ page }) => {
    await openDemo(page);
    let downloads = 0;
    page.on('download', () => downloads++);
    await openDialog(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export the map as a picture' })).toHaveCount(0);
    await expect(page.locator('.xp-host')).toHaveCount(0);
    expect(downloads).toBe(0);
  });

  test('the picture shows the hypothesis results the board shows; the legend lists “!” only where one is drawn', async ({ page }) => {
    await openDemo(page);
    // The results on the board's recommendation cards; the demo has an adopted hypothesis.
    const shown = await page.locator('.card:has(.hypothesis-badge)').evaluateAll((cards) =>
      cards.map((card) => ({
        text: card.querySelector('.card-text')!.textContent!,
        badges: [...card.querySelectorAll('.hypothesis-badge')].map((badge) => badge.textContent!),
      })),
    );
    const adopted = shown.find((card) => card.badges.some((badge) => /^\+\d+\.\d pp( \(.*\))?, adopted$/.test(badge)));
    expect(adopted, 'a recommendation card with an adopted result').toBeTruthy();
    // A barrier no recommendation answers: the board flags it with "!".
    await page.getByRole('button', { name: 'Add card: Comparing models, Barriers' }).click();
    await page.getByRole('textbox', { name: 'Card text' }).fill('No test-drive car at the nearest dealer');
    await page.keyboard.press('Enter');
    const barrier = page.getByRole('listitem', { name: 'No test-drive car at the nearest dealer', exact: true });
    await expect(barrier.getByRole('img', { name: 'No recommendation answers this barrier yet' })).toBeVisible();
    await expect(page.locator('.card .chip.unanswered')).toHaveCount(1);

    const dialog = await openDialog(page);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const map = await svgFacts(page, (await exportFile(page)).bytes);
    for (const card of shown) {
      const drawn = map.cards.filter((text) => text.includes(card.text));
      expect(drawn, `card "${card.text}" drawn once`).toHaveLength(1);
      for (const badge of card.badges) expect(drawn[0], `its result "${badge}"`).toContain(badge);
    }
    expect(map.cardFlags).toBe(1);
    expect(map.legendFlags).toBe(1);
    expect(map.legend).toContain('No recommendation answers this barrier yet');

    // A stage whose barriers are all answered: severities in the legend, no "!" anywhere.
    await page.getByRole('button', { name: 'Stage options: First consultation in the showroom' }).click();
    await page.getByRole('menuitem', { name: 'Export this stage as image' }).click();
    await expect(dialog.getByRole('combobox', { name: 'What to export' })).toHaveValue(/^stage:/);
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    await expect(dialog.locator('[data-export-size]')).toBeVisible();
    const stage = await svgFacts(page, (await exportFile(page)).bytes);
    expect(stage.cards.find((text) => text.includes(adopted!.text))).toContain(adopted!.badges[0]);
    expect(stage.legend).toContain('Barrier severity');
    expect(stage.cardFlags).toBe(0);
    expect(stage.legendFlags).toBe(0);
    expect(stage.legend).not.toContain('No recommendation answers this barrier yet');
  });
});

test.describe('print', () => {
  test('printing shows the whole map on landscape pages without the app around it', async ({ page }) => {
    await page.addInitScript(() => {
      // Headless Chromium has no print dialog: count the calls instead.
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await openDemo(page);
    const stageNames = await page.locator('.stage-name').allTextContents();
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // On screen nothing changes.
    await expect(page.locator('.print-root')).toBeHidden();
    await expect(page.locator('.editor-bar')).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.editor-bar')).toBeHidden();
    await expect(page.locator('.react-flow')).toBeHidden();
    await expect(page.locator('.app-header')).toBeHidden();
    const printed = page.locator('.print-root');
    await expect(printed).toBeVisible();
    const pages = printed.locator('.print-page');
    expect(await pages.count()).toBeGreaterThan(1);
    const text = (await printed.textContent()) ?? '';
    for (const name of stageNames) expect(text, `stage "${name}" printed`).toContain(name);
    // Every page fits one landscape sheet, so no break can separate rows from their arrows.
    for (const box of await pages.locator('.xp-root').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
      expect(box.width).toBeLessThanOrEqual(1050);
      expect(box.height).toBeLessThanOrEqual(710);
    }
    await expect(printed.locator('path.xp-curve').first()).toBeAttached();
    await expect(printed.locator('path.xp-link').first()).toBeAttached();

    const pageTotal = await pages.count();
    const pdf = await page.pdf({ landscape: true, preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pageCount).toBe(pageTotal);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.editor-bar')).toBeVisible();
  });

  test('every printed page has the same scale, and only the last page may hold a lone stage', async ({ page }) => {
    await page.addInitScript(() => {
      // Headless Chromium has no print dialog.
      window.print = () => {};
    });
    await openDemo(page);
    await page.getByRole('button', { name: 'Print' }).click();
    await page.emulateMedia({ media: 'print' });
    const pages = page.locator('.print-root .print-page');
    await expect(pages.first()).toBeVisible();
    const layout = await pages.evaluateAll((els) =>
      els.map((el) => {
        const root = el.querySelector<HTMLElement>('.xp-root')!;
        const box = root.getBoundingClientRect();
        return { zoom: getComputedStyle(root).zoom, stages: root.querySelectorAll('.xp-stage').length, width: box.width, height: box.height };
      }),
    );
    const summary = layout.map((p) => `${p.stages} stages at ${p.zoom}`).join('; ');
    expect(layout.length, summary).toBeGreaterThan(1);
    expect(layout.reduce((n, p) => n + p.stages, 0)).toBe(DEMO_STAGES);
    expect(new Set(layout.map((p) => p.zoom)).size, `one scale: ${summary}`).toBe(1);
    for (const p of layout.slice(0, -1)) expect(p.stages, `no lone stage before the last page: ${summary}`).toBeGreaterThan(1);
    // The one scale still fits every page on its sheet.
    for (const p of layout) {
      expect(p.width).toBeLessThanOrEqual(1050);
      expect(p.height).toBeLessThanOrEqual(710);
    }
  });
});

test.describe('image export progress', () => {
  // page.route cannot hold requests a service worker answers: keep the worker out of this test.
  test.use({ serviceWorkers: 'block' });

  test('a long export shows its progress and can be cancelled', async ({ page }) => {
    await openDemo(page);
    let downloads = 0;
    page.on('download', () => downloads++);
    const dialog = await openDialog(page);
    await page.evaluate(() => document.fonts.ready);
    // Hold the font files the export embeds, so the export stays at its first step.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByText('Embedding fonts…')).toBeVisible();
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'SVG' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    release();
    await expect(dialog.getByRole('alert')).toHaveText('Export cancelled. Nothing was saved.');
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
    expect(downloads).toBe(0);
    // The next export goes through.
    await page.unroute('**/*.woff2');
    const { bytes } = await exportFile(page);
    expect(pngSize(bytes).width).toBeGreaterThan(3000);
  });
});
