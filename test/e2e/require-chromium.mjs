import { chromiumPath, hasChromium } from './chromium.mjs';

if (!hasChromium()) {
  console.error(
    `End-to-end tests need Chromium at ${chromiumPath()}, which was not found: install it with "sudo apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}
