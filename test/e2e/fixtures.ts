import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test watches the network: Tropa makes no request beyond its own origin, so any other
 * request fails the test.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
        if (!local && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open Tropa and wait until the workspace is loaded. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.app-header')).toBeVisible();
}

/** Wait until every edit is in IndexedDB, as the save indicator reports it. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-status]')).toHaveAttribute('data-save-status', 'saved');
}
