import { execFileSync } from 'node:child_process';
import { type Browser, type BrowserContext, type Page } from '@playwright/test';
import { killHard, startServer, stopAll, type RunningServer } from '../../server/testkit';
import { expect, test } from './fixtures';
import { addCard, card, cardTexts, newMap } from './helpers';

// A workshop through a real room server (the compiled `npm run room`, serving the built app on a
// loopback port) and three browser contexts: a facilitator and two participants. Every check
// waits for a state; sync across browsers is given room on a busy machine.
const SYNC = { timeout: 20_000 };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: RunningServer;

test.beforeAll(() => {
  execFileSync(process.execPath, ['server/build.mjs'], { stdio: 'inherit' });
});

test.beforeEach(async () => {
  server = await startServer();
});

test.afterEach(() => stopAll());

async function person(browser: Browser, guards: { watch(context: BrowserContext): void }): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-US', viewport: { width: 1440, height: 900 } });
  guards.watch(context);
  return context.newPage();
}

/** The facilitator makes a map with a card and opens a room; returns the room link. */
async function openRoom(facilitator: Page): Promise<string> {
  await newMap(facilitator);
  await addCard(facilitator, 'Stage 1', 'Customer goals', 'Before the workshop');
  await facilitator.getByRole('button', { name: 'Start workshop' }).click();
  const link = facilitator.getByRole('textbox', { name: 'Room link' });
  await expect(link).toHaveValue(/#\/room\/[\w-]+\?key=[\w-]{22,}/);
  await expect(facilitator.locator('[data-room-status]').first()).toHaveAttribute('data-room-status', 'connected', SYNC);
  return link.inputValue();
}

async function join(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await expect(card(page, 'Before the workshop')).toBeVisible(SYNC);
  await page.getByRole('button', { name: /^Workshop/ }).click();
  const field = page.getByRole('textbox', { name: 'Your name' });
  await field.fill(name);
  await field.press('Enter');
}

const people = (page: Page) => page.getByRole('list', { name: 'In the room' }).getByRole('listitem');

test('three people co-edit one map live: edits converge, presence, pointers, editing outlines, follow-me', async ({ browser, guards }) => {
  const facilitator = await person(browser, guards);
  const link = await openRoom(facilitator);
  const anna = await person(browser, guards);
  const boris = await person(browser, guards);
  await join(anna, link, 'Anna');
  await join(boris, link, 'Boris');
  await expect(people(facilitator)).toHaveCount(3, SYNC);
  await expect(people(facilitator).filter({ hasText: 'Anna' })).toHaveCount(1, SYNC);
  await expect(people(anna).filter({ hasText: 'Boris' })).toHaveCount(1, SYNC);

  // Different cards at once, and a rename of the map while a card is edited: all kept everywhere.
  await Promise.all([
    addCard(facilitator, 'Stage 1', 'Customer thoughts', 'From the facilitator'),
    addCard(anna, 'Stage 2', 'Customer actions', 'From Anna'),
    addCard(boris, 'Stage 3', 'Brand goals', 'From Boris'),
  ]);
  for (const page of [facilitator, anna, boris]) {
    for (const text of ['From the facilitator', 'From Anna', 'From Boris']) await expect(card(page, text)).toBeVisible(SYNC);
  }
  await facilitator.locator('.map-heading').getByRole('button').click();
  await facilitator.getByRole('textbox', { name: 'Map title' }).fill('Workshop map');
  await card(anna, 'From Anna').dblclick();
  await anna.getByRole('textbox', { name: 'Card text' }).fill('From Anna, edited');
  await Promise.all([facilitator.keyboard.press('Enter'), anna.keyboard.press('Enter')]);
  for (const page of [facilitator, anna, boris]) {
    await expect(page.locator('.map-heading')).toHaveText('Workshop map', SYNC);
    await expect(card(page, 'From Anna, edited')).toBeVisible(SYNC);
  }

  // The same card typed into by two people at once merges as text.
  await card(anna, 'From Boris').dblclick();
  await card(boris, 'From Boris').dblclick();
  await anna.getByRole('textbox', { name: 'Card text' }).press('Home');
  await anna.keyboard.type('Anna: ');
  await boris.getByRole('textbox', { name: 'Card text' }).press('End');
  await boris.keyboard.type(' (Boris)');
  await Promise.all([anna.keyboard.press('Enter'), boris.keyboard.press('Enter')]);
  for (const page of [facilitator, anna, boris]) await expect(card(page, 'Anna: From Boris (Boris)')).toBeVisible(SYNC);

  // Pointers and the card being edited show in the others' boards, with the person's name.
  const canvas = await boris.locator('.canvas').boundingBox();
  await boris.mouse.move(canvas!.x + 400, canvas!.y + 300);
  await boris.mouse.move(canvas!.x + 420, canvas!.y + 320, { steps: 5 });
  await expect(facilitator.getByRole('img', { name: 'Boris’s pointer' })).toBeVisible(SYNC);
  await card(anna, 'From the facilitator').dblclick();
  await expect(card(facilitator, 'From the facilitator')).toHaveClass(/peer-editing/, SYNC);
  await expect(card(boris, 'From the facilitator')).toHaveAttribute('aria-description', 'Anna is editing', SYNC);
  await anna.keyboard.press('Escape');
  await expect(card(facilitator, 'From the facilitator')).not.toHaveClass(/peer-editing/, SYNC);
  // A card someone selects is outlined for the others too.
  await card(anna, 'From Anna, edited').click();
  await expect(card(facilitator, 'From Anna, edited')).toHaveClass(/peer-selected/, SYNC);

  // Follow the facilitator: asked, the others' views move with the facilitator's.
  await facilitator.getByRole('button', { name: 'Ask everyone to follow me' }).click();
  await expect(anna.getByRole('status').filter({ hasText: 'Following the facilitator' })).toBeVisible(SYNC);
  await facilitator.getByRole('button', { name: 'Zoom in' }).click();
  await facilitator.getByRole('button', { name: 'Zoom in' }).click();
  const view = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const target = await view(facilitator);
  await expect.poll(() => view(anna), SYNC).toBe(target);
  await anna.getByRole('button', { name: 'Stop following' }).click();
  await expect(anna.getByRole('status').filter({ hasText: 'Following the facilitator' })).toHaveCount(0);

  // Leaving keeps the map as this person's own copy.
  await boris.getByRole('button', { name: 'Leave the room' }).click();
  await boris.reload();
  await expect(card(boris, 'Anna: From Boris (Boris)')).toBeVisible();
  await expect(people(facilitator)).toHaveCount(2, SYNC);
});

test('offline and back: edits on both sides merge; a killed server loses nothing it acknowledged', async ({ browser, guards }) => {
  const facilitator = await person(browser, guards);
  const link = await openRoom(facilitator);
  const anna = await person(browser, guards);
  await join(anna, link, 'Anna');

  // Anna's Wi-Fi drops: she keeps editing; the facilitator edits too; back online, both merge.
  await anna.context().setOffline(true);
  await addCard(anna, 'Stage 2', 'Customer goals', 'Typed offline');
  await addCard(facilitator, 'Stage 3', 'Customer goals', 'Typed meanwhile');
  await anna.context().setOffline(false);
  for (const page of [facilitator, anna]) {
    await expect(card(page, 'Typed offline')).toBeVisible(SYNC);
    await expect(card(page, 'Typed meanwhile')).toBeVisible(SYNC);
  }

  // Every change confirmed by the server (nothing waiting), then the server is killed: a
  // restart on the same data folder has it all, and a new participant gets it.
  await expect(facilitator.locator('.workshop-status')).toHaveText('Connected', SYNC);
  const port = server.port;
  const dataDir = server.dataDir;
  await killHard(server);
  server = await startServer({ port, dataDir });
  await expect(facilitator.locator('.workshop-status')).toHaveText('Connected', { timeout: 60_000 });
  const late = await person(browser, guards);
  await late.goto(link);
  for (const text of ['Before the workshop', 'Typed offline', 'Typed meanwhile']) await expect(card(late, text)).toBeVisible(SYNC);
  expect((await cardTexts(late)).sort()).toEqual(['Before the workshop', 'Typed meanwhile', 'Typed offline']);
});

test('a link without the right key is refused; a read-only room takes no edits, says so, and shares them once open again', async ({ browser, guards }) => {
  const facilitator = await person(browser, guards);
  const link = await openRoom(facilitator);
  const stranger = await person(browser, guards);
  await stranger.goto(link.replace(/key=[\w-]+/, 'key=wrong-key-wrong-key-wrong'));
  await expect(stranger.getByText('The room refused this link')).toBeVisible(SYNC);
  await expect(card(stranger, 'Before the workshop')).toHaveCount(0);

  const anna = await person(browser, guards);
  await join(anna, link, 'Anna');
  await facilitator.getByRole('checkbox', { name: 'Read-only room' }).check();
  await expect(anna.getByRole('alert').filter({ hasText: 'The room is read-only' }).first()).toBeVisible(SYNC);
  await addCard(anna, 'Stage 2', 'Customer goals', 'Made while read-only');
  // Someone joining now gets the room as the server holds it: without Anna's card.
  const late = await person(browser, guards);
  await late.goto(link);
  await expect(card(late, 'Before the workshop')).toBeVisible(SYNC);
  await expect(card(late, 'Made while read-only')).toHaveCount(0);
  await expect(card(facilitator, 'Made while read-only')).toHaveCount(0);
  // Open for edits again: the notice goes, and Anna's card (kept on her computer) is shared.
  await facilitator.getByRole('checkbox', { name: 'Read-only room' }).uncheck();
  await expect(anna.getByRole('alert').filter({ hasText: 'The room is read-only' })).toHaveCount(0, SYNC);
  for (const page of [facilitator, late]) await expect(card(page, 'Made while read-only')).toBeVisible(SYNC);
});
