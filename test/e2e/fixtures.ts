import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/** Whether a request stays on the machine: the app's own server, or data: and blob: URLs. */
function isLocal(raw: string): boolean {
  const url = new URL(raw);
  return ['127.0.0.1', 'localhost'].includes(url.hostname) || ['data:', 'blob:'].includes(url.protocol);
}

/**
 * Watch every page (and service worker) of a context: requests to another origin and
 * Content-Security-Policy violations are collected, and the test fails on any of them.
 * Tests that create extra contexts (persistent profiles, second browsers) pass them here.
 */
export function watchContext(context: BrowserContext, found: { foreign: string[]; csp: string[] }): void {
  context.on('request', (request) => {
    if (!isLocal(request.url())) found.foreign.push(request.url());
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.csp.push(message.text());
  });
}

export interface Guards {
  foreign: string[];
  csp: string[];
  /** Watch a context the test created itself. */
  watch(context: BrowserContext): void;
}

/**
 * Every test watches the network and the CSP: Tropa makes no request beyond its own origin and
 * runs under its Content-Security-Policy without a violation.
 */
export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ context }, use) => {
      const guards: Guards = { foreign: [], csp: [], watch: (ctx) => watchContext(ctx, guards) };
      watchContext(context, guards);
      await use(guards);
      expect(guards.foreign, 'requests to other origins').toEqual([]);
      expect(guards.csp, 'Content-Security-Policy violations').toEqual([]);
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
