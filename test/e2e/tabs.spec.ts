import type { BrowserContext, Page } from '@playwright/test';
import { readDatabase } from './database';
import { expect, openApp, test, waitSaved } from './fixtures';
import { addCard, card, cardTexts, newMap } from './helpers';

// Two tabs (pages of one browser context) on one map, editing at the same moment. Every step is
// a real click or key press; every check reads the UI of both tabs, then of a fresh tab opened
// after both were closed (what reached the disk). Nothing waits for a fixed time: each check
// waits for a state, with room for a busy machine, since sync between tabs is asynchronous.

/** For checks that need the other tab to have caught up. */
const SYNC = { timeout: 15_000 };

test.describe.configure({ timeout: 90_000 });

const cell = (page: Page, stage: string, lane: string) => page.getByRole('list', { name: `${stage}, ${lane}` });

/** The texts of the cards of one cell, in order. */
const cellTexts = (page: Page, stage: string, lane: string) => cell(page, stage, lane).locator('.card-text').allTextContents();

/** The map title in the editor's bar (empty while it is being renamed). */
const title = (page: Page) => page.locator('.map-heading').allTextContents();

/** Every emotion point as "label: value", in stage order. */
const emotions = (page: Page) =>
  page
    .getByRole('slider', { name: /^Emotion at / })
    .evaluateAll((points) => points.map((p) => `${p.getAttribute('aria-label')}: ${p.getAttribute('aria-valuetext')}`));

interface Tabs {
  a: Page;
  b: Page;
  hash: string;
  /** Uncaught errors of any page of the test. */
  errors: string[];
}

function watchErrors(page: Page, errors: string[]): Page {
  page.on('pageerror', (error) => errors.push(`${error.message}`));
  return page;
}

/**
 * A new map created in tab A, with the given cards (stage, lane, text) saved, then opened in
 * tab B, which shows them.
 */
async function twoTabs(context: BrowserContext, cards: [string, string, string][] = []): Promise<Tabs> {
  const errors: string[] = [];
  const a = watchErrors(await context.newPage(), errors);
  const hash = await newMap(a);
  for (const [stage, lane, text] of cards) await addCard(a, stage, lane, text);
  await waitSaved(a);
  const b = watchErrors(await context.newPage(), errors);
  await openApp(b, `/${hash}`);
  await expect(b.locator('.stage-name')).toHaveCount(3);
  for (const [, , text] of cards) await expect(card(b, text)).toBeVisible(SYNC);
  return { a, b, hash, errors };
}

/** Both tabs save what they hold and close; a fresh tab opens the map from the disk. */
async function reopen(context: BrowserContext, { a, b, hash, errors }: Tabs): Promise<Page> {
  for (const page of [a, b]) await waitSaved(page);
  for (const page of [a, b]) await page.close();
  const fresh = watchErrors(await context.newPage(), errors);
  await openApp(fresh, `/${hash}`);
  await expect(fresh.locator('.stage-name').first()).toBeVisible();
  return fresh;
}

/** Open the card's text editor by a double click and type the new text into it. */
async function startEditing(page: Page, text: string, next: string): Promise<void> {
  await card(page, text).dblclick();
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await editor.fill(next);
  await expect(editor).toBeFocused();
}

/** Open the find bar and search for the text: what it counts includes cards the board cannot show. */
async function findCount(page: Page, query: string) {
  const field = page.getByRole('searchbox', { name: 'Find cards' });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Find cards (Ctrl+F)' }).click();
  await field.fill(query);
  return page.locator('.find-count');
}

test.describe('two tabs editing one map at the same moment', () => {
  test('a map renamed in one tab while a card is edited in the other keeps both edits', async ({ context }) => {
    const tabs = await twoTabs(context, [['Stage 1', 'Customer goals', 'Card before']]);
    const { a, b } = tabs;

    const state = async (page: Page) => ({ title: await title(page), cards: await cardTexts(page) });

    /** Both editors open with their new value, then both commits in one go; both edits land in both tabs. */
    const race = async (renamer: Page, newTitle: string, cardEditor: Page, oldText: string, newText: string) => {
      await renamer.locator('.map-heading').getByRole('button').click();
      const titleField = renamer.getByRole('textbox', { name: 'Map title' });
      await titleField.fill(newTitle);
      await expect(titleField).toBeFocused();
      await startEditing(cardEditor, oldText, newText);
      await Promise.all([renamer.keyboard.press('Enter'), cardEditor.keyboard.press('Enter')]);
      const expected = { title: [newTitle], cards: [newText] };
      await expect.poll(async () => ({ a: await state(a), b: await state(b) }), SYNC).toEqual({ a: expected, b: expected });
    };
    // Which tab's write lands first is up to timing: the race is run both ways round.
    await race(a, 'Renamed in A', b, 'Card before', 'Card edited in B');
    await race(b, 'Renamed in B', a, 'Card edited in B', 'Card edited in A');

    const fresh = await reopen(context, tabs);
    await expect(fresh.locator('.map-heading')).toHaveText('Renamed in B');
    await expect(card(fresh, 'Card edited in A')).toBeVisible();
    expect(await cardTexts(fresh)).toEqual(['Card edited in A']);
    expect(tabs.errors).toEqual([]);
  });

  test('two tabs typing into the same card at once converge on one text holding both insertions', async ({ context }) => {
    const tabs = await twoTabs(context, [['Stage 1', 'Customer thoughts', 'Hello world']]);
    const { a, b } = tabs;

    // A inserts " big" after "Hello"; B appends "!". The editor opens with the caret at the end.
    await card(a, 'Hello world').dblclick();
    const editorA = a.getByRole('textbox', { name: 'Card text' });
    await expect(editorA).toBeFocused();
    await a.keyboard.press('Home');
    for (let i = 0; i < 'Hello'.length; i++) await a.keyboard.press('ArrowRight');
    await a.keyboard.type(' big');
    await expect(editorA).toHaveValue('Hello big world');
    await card(b, 'Hello world').dblclick();
    const editorB = b.getByRole('textbox', { name: 'Card text' });
    await expect(editorB).toBeFocused();
    await b.keyboard.type('!');
    await expect(editorB).toHaveValue('Hello world!');
    await Promise.all([a.keyboard.press('Enter'), b.keyboard.press('Enter')]);

    // One card, the same text in both tabs, with both insertions.
    await expect
      .poll(async () => ({ a: await cardTexts(a), b: await cardTexts(b) }), SYNC)
      .toEqual({ a: ['Hello big world!'], b: ['Hello big world!'] });

    const fresh = await reopen(context, tabs);
    await expect(card(fresh, 'Hello big world!')).toBeVisible();
    expect(await cardTexts(fresh)).toEqual(['Hello big world!']);
    expect(tabs.errors).toEqual([]);
  });

  test('a card dragged to stage 3 in one tab while its text is edited in the other ends on stage 3 with the new text', async ({ context }) => {
    const tabs = await twoTabs(context, [['Stage 1', 'Customer goals', 'Card on the move']]);
    const { a, b } = tabs;

    // B's editor is open with the new text.
    await startEditing(b, 'Card on the move', 'Text from B');

    // A drags the card over stage 3 and holds it there; the drop and B's commit go together.
    const from = (await card(a, 'Card on the move').boundingBox())!;
    const target = cell(a, 'Stage 3', 'Customer goals');
    const to = (await target.boundingBox())!;
    const viewport = a.viewportSize()!;
    const drop = { x: to.x + Math.min(60, to.width / 2), y: to.y + Math.min(40, to.height / 2) };
    expect(drop.x, 'the drop point is on screen').toBeLessThan(viewport.width - 40);
    expect(drop.y, 'the drop point is on screen').toBeLessThan(viewport.height - 40);
    await a.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await a.mouse.down();
    await a.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 2 });
    await a.mouse.move(drop.x, drop.y, { steps: 8 });
    await expect(target).toHaveClass(/drop-target/);
    await Promise.all([a.mouse.up(), b.keyboard.press('Enter')]);

    const state = async (page: Page) => ({
      stage1: await cellTexts(page, 'Stage 1', 'Customer goals'),
      stage3: await cellTexts(page, 'Stage 3', 'Customer goals'),
      all: await cardTexts(page),
    });
    const expected = { stage1: [], stage3: ['Text from B'], all: ['Text from B'] };
    await expect.poll(async () => ({ a: await state(a), b: await state(b) }), SYNC).toEqual({ a: expected, b: expected });

    const fresh = await reopen(context, tabs);
    await expect(cell(fresh, 'Stage 3', 'Customer goals').getByRole('listitem', { name: 'Text from B' })).toBeVisible();
    expect(await state(fresh)).toEqual(expected);
    expect(tabs.errors).toEqual([]);
  });

  test('undoing a card deletion after the other tab deleted the card’s stage brings back no card of that stage', async ({ context }) => {
    const tabs = await twoTabs(context, [
      ['Stage 1', 'Customer goals', 'Kept on stage 1'],
      ['Stage 2', 'Customer goals', 'Doomed first'],
      ['Stage 2', 'Customer goals', 'Doomed second'],
      ['Stage 3', 'Customer goals', 'Kept on stage 3'],
    ]);
    const { a, b } = tabs;

    // A deletes a card of stage 2 (selected by a click, then Delete); B sees it go.
    await card(a, 'Doomed second').click();
    await expect(card(a, 'Doomed second')).toHaveClass(/selected/);
    await a.keyboard.press('Delete');
    await expect(card(a, 'Doomed second')).toHaveCount(0);
    await expect(card(b, 'Doomed second')).toHaveCount(0, SYNC);

    // B deletes stage 2 from its header menu; A sees it go.
    await b.getByRole('button', { name: 'Stage options: Stage 2' }).click();
    await b.getByRole('menuitem', { name: 'Delete stage' }).click();
    await expect(b.locator('.stage-name')).toHaveText(['Stage 1', 'Stage 3']);
    await expect(a.locator('.stage-name')).toHaveText(['Stage 1', 'Stage 3'], SYNC);
    await expect(card(a, 'Doomed first')).toHaveCount(0);

    // A undoes its card deletion.
    await a.locator('body').press('Control+z');
    // Then a later edit of A's: once B shows it, B has everything A did before it too.
    await addCard(a, 'Stage 1', 'Customer goals', 'After the undo');
    await expect(card(b, 'After the undo')).toBeVisible(SYNC);

    const expected = {
      stages: ['Stage 1', 'Stage 3'],
      stage1: ['Kept on stage 1', 'After the undo'],
      stage3: ['Kept on stage 3'],
      all: ['Kept on stage 1', 'After the undo', 'Kept on stage 3'],
    };
    const state = async (page: Page) => ({
      stages: await page.locator('.stage-name').allTextContents(),
      stage1: await cellTexts(page, 'Stage 1', 'Customer goals'),
      stage3: await cellTexts(page, 'Stage 3', 'Customer goals'),
      all: (await cardTexts(page)).sort((x, y) => expected.all.indexOf(x) - expected.all.indexOf(y)),
    });
    await expect.poll(async () => ({ a: await state(a), b: await state(b) }), SYNC).toEqual({ a: expected, b: expected });
    // The find bar counts every card of the map, also one whose stage is gone (which the board
    // cannot show): no card of stage 2 lives on, invisible.
    for (const [name, page] of [['A', a], ['B', b]] as const) {
      await expect(await findCount(page, 'doomed'), `cards found for "doomed" in tab ${name}`).toHaveText('Nothing found');
    }

    const fresh = await reopen(context, tabs);
    await expect(card(fresh, 'After the undo')).toBeVisible();
    expect(await state(fresh)).toEqual(expected);
    await expect(await findCount(fresh, 'doomed'), 'cards found for "doomed" after reopening').toHaveText('Nothing found');
    // And what is stored holds no card on a missing stage or lane.
    const stored = await readDatabase(fresh);
    const stageIds = new Set(stored.stages.map((s) => s.id));
    const laneIds = new Set(stored.lanes.map((l) => l.id));
    expect(stored.cards.filter((c) => !stageIds.has(c.stageId) || !laneIds.has(c.laneId))).toEqual([]);
    expect(stored.cards.map((c) => c.text)).not.toContain('Doomed first');
    expect(tabs.errors).toEqual([]);
  });

  test('emotion scores of two stages set at once in two tabs are both kept', async ({ context }) => {
    const tabs = await twoTabs(context);
    const { a, b } = tabs;

    // Five stages: two more added in A, seen in B.
    await a.getByRole('button', { name: 'Add stage' }).click();
    await expect(a.locator('.stage-name')).toHaveCount(4);
    await a.getByRole('button', { name: 'Add stage' }).click();
    await expect(a.locator('.stage-name')).toHaveText(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5']);
    await expect(b.locator('.stage-name')).toHaveText(['Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5'], SYNC);

    // Each tab rates its stage neutral first (the first arrow press rates an unrated point 0),
    // and the other tab sees it.
    const pointA = a.getByRole('slider', { name: 'Emotion at Stage 2' });
    const pointB = b.getByRole('slider', { name: 'Emotion at Stage 5' });
    await pointA.focus();
    await a.keyboard.press('ArrowUp');
    await expect(pointA).toHaveAttribute('aria-valuenow', '0');
    await expect(b.getByRole('slider', { name: 'Emotion at Stage 2' })).toHaveAttribute('aria-valuenow', '0', SYNC);
    await pointB.focus();
    await b.keyboard.press('ArrowUp');
    await expect(pointB).toHaveAttribute('aria-valuenow', '0');
    await expect(a.getByRole('slider', { name: 'Emotion at Stage 5' })).toHaveAttribute('aria-valuenow', '0', SYNC);

    // Then both change their point in the same moment: A up to +1, B down to -1.
    await expect(pointA).toBeFocused();
    await expect(pointB).toBeFocused();
    await Promise.all([a.keyboard.press('ArrowUp'), b.keyboard.press('ArrowDown')]);

    const expected = [
      'Emotion at Stage 1: not rated',
      'Emotion at Stage 2: +1, positive',
      'Emotion at Stage 3: not rated',
      'Emotion at Stage 4: not rated',
      'Emotion at Stage 5: -1, negative',
    ];
    await expect.poll(async () => ({ a: await emotions(a), b: await emotions(b) }), SYNC).toEqual({ a: expected, b: expected });

    const fresh = await reopen(context, tabs);
    await expect(fresh.locator('.stage-name')).toHaveCount(5);
    await expect(fresh.getByRole('slider', { name: 'Emotion at Stage 2' })).toHaveAttribute('aria-valuenow', '1');
    await expect(fresh.getByRole('slider', { name: 'Emotion at Stage 5' })).toHaveAttribute('aria-valuenow', '-1');
    expect(await emotions(fresh)).toEqual(expected);
    expect(tabs.errors).toEqual([]);
  });

  test('undo is per tab: it takes back this tab’s card, never the other tab’s', async ({ context }) => {
    const tabs = await twoTabs(context);
    const { a, b } = tabs;

    await Promise.all([addCard(a, 'Stage 1', 'Customer goals', 'from A'), addCard(b, 'Stage 2', 'Customer goals', 'from B')]);
    for (const page of [a, b]) {
      await expect(card(page, 'from A')).toBeVisible(SYNC);
      await expect(card(page, 'from B')).toBeVisible(SYNC);
    }

    await a.locator('body').press('Control+z');
    // A's card goes from both tabs; B's card stays in both.
    await expect
      .poll(async () => ({ a: await cardTexts(a), b: await cardTexts(b) }), SYNC)
      .toEqual({ a: ['from B'], b: ['from B'] });

    const fresh = await reopen(context, tabs);
    await expect(card(fresh, 'from B')).toBeVisible();
    expect(await cardTexts(fresh)).toEqual(['from B']);
    expect(tabs.errors).toEqual([]);
  });
});
