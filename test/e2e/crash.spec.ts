import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { expect, test, waitSaved } from './fixtures';
import { addCard, cardTexts, newMap } from './helpers';

const ROUNDS = 20;
const CELLS = ['Stage 1', 'Stage 2', 'Stage 3'].flatMap((stage) =>
  ['Customer goals', 'Customer thoughts', 'Customer actions', 'Brand goals'].map((lane) => ({ stage, lane })),
);

/** The PID of the browser process (not its renderers or helpers) that uses this profile folder. */
function browserPid(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.filter((line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type='));
  if (main.length !== 1) throw new Error(`expected one browser process for ${profile}, found ${main.length}`);
  return Number(main[0]!.trim().split(/\s+/)[0]);
}

test.describe('crash safety', () => {
  test(`edits older than 1 s survive a SIGKILL of the browser (${ROUNDS} rounds)`, async ({ guards }, testInfo) => {
    test.setTimeout(600_000);
    const { baseURL, launchOptions, viewport, locale } = testInfo.project.use;
    const profile = mkdtempSync(join(tmpdir(), 'tropa-kill-'));
    const launch = async (): Promise<BrowserContext> => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: launchOptions?.executablePath,
        args: launchOptions?.args,
        baseURL,
        viewport,
        locale,
      });
      guards.watch(context);
      return context;
    };
    const durable: string[] = [];
    const late: string[] = [];
    const renamed: string[] = [];
    let context = await launch();
    try {
      let page = context.pages()[0] ?? (await context.newPage());
      const mapHash = await newMap(page);
      await waitSaved(page);
      for (let round = 0; round < ROUNDS; round++) {
        // A burst of edits, then more than a second of quiet: these must survive the kill.
        const { stage, lane } = CELLS[round % CELLS.length]!;
        for (let n = 0; n < 3; n++) {
          const text = `round ${round} edit ${n}`;
          await addCard(page, stage, lane, text);
          durable.push(text);
        }
        // An edit of an earlier card belongs to the burst too: the new text must survive, the old one must not come back.
        if (round > 0) {
          const before = `round ${round - 1} edit 1`;
          const after = `${before}, renamed in round ${round}`;
          await page.getByRole('listitem', { name: before, exact: true }).dblclick();
          await page.getByRole('textbox', { name: 'Card text' }).fill(after);
          await page.keyboard.press('Enter');
          await expect(page.getByRole('listitem', { name: after, exact: true })).toBeVisible();
          durable.splice(durable.indexOf(before), 1, after);
          renamed.push(before);
        }
        await page.waitForTimeout(1100);
        // One more edit right before the kill: it may or may not make it; it is only counted.
        const lateText = `round ${round} late`;
        await addCard(page, stage, lane, lateText);
        late.push(lateText);

        // No unload, no pagehide, no flush: the browser process dies at once.
        const closed = new Promise((resolve) => context.once('close', resolve));
        process.kill(browserPid(profile), 'SIGKILL');
        await closed;

        context = await launch();
        page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`/${mapHash}`);
        await expect(page.locator('.stage-name')).toHaveCount(3);
        await expect(page.locator('.card').first()).toBeVisible();
        const texts = await cardTexts(page);
        const lost = durable.filter((text) => !texts.includes(text));
        expect(lost, `round ${round}: edits lost after the kill`).toEqual([]);
        expect(renamed.filter((text) => texts.includes(text)), `round ${round}: old texts back after the kill`).toEqual([]);
        // What came back is exactly what was written: no duplicates.
        expect(new Set(texts).size).toBe(texts.length);
      }
      const page2 = context.pages()[0]!;
      const texts = await cardTexts(page2);
      const lateKept = late.filter((text) => texts.includes(text)).length;
      const edits = ROUNDS * 3 + renamed.length;
      const summary = `${ROUNDS} kills: ${edits} edits (${ROUNDS * 3} new cards, ${renamed.length} renames) made >1 s before a kill, 0 lost; ${lateKept}/${late.length} edits made just before the kill also kept`;
      testInfo.annotations.push({ type: 'figures', description: summary });
      console.log(summary);
    } finally {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
