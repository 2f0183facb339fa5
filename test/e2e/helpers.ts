import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures';

/** Create an empty map (3 stages) and return its address. */
export async function newMap(page: Page): Promise<string> {
  await openApp(page, '/#/maps');
  await page.getByRole('button', { name: 'New map' }).click();
  await expect(page.locator('.stage-name')).toHaveCount(3);
  return new URL(page.url()).hash;
}

export async function addCard(page: Page, stage: string, lane: string, text: string): Promise<void> {
  await page.getByRole('button', { name: `Add card: ${stage}, ${lane}` }).click();
  await page.getByRole('textbox', { name: 'Card text' }).fill(text);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem', { name: text, exact: true })).toBeVisible();
}

export const card = (page: Page, text: string) => page.getByRole('listitem', { name: text, exact: true });

/** The text of every card on the open map. */
export function cardTexts(page: Page): Promise<string[]> {
  return page.locator('.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label') ?? ''));
}
