import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROMIUM_PATH names. Playwright never downloads its own here. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function hasChromium() {
  return existsSync(chromiumPath());
}
