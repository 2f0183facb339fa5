/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The built app forbids inline scripts and every origin but its own. Only in the build:
// the dev server's hot reload needs an inline preamble. No network origin at all: data: and blob:
// are for html-to-image (it inlines images and fonts as data: URLs) and persona photos.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

function contentSecurityPolicy(): Plugin {
  return {
    name: 'tropa-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/** Every file of the build, as paths relative to the output folder (forward slashes). */
function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/**
 * Offline app: after the build, writes sw.js from pwa/sw.js with the list of every emitted file
 * to precache and a version that changes whenever any of them does (so browsers see an update).
 * A hand-written worker rather than vite-plugin-pwa: that one pulls in workbox-build (rollup,
 * babel, ~150 packages) for what is forty lines here.
 */
function offlineApp(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tropa-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = listFiles(outDir)
        .filter((file) => file !== 'sw.js' && !file.endsWith('.map'))
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const template = readFileSync(resolve(import.meta.dirname, 'pwa/sw.js'), 'utf8');
      const worker = template
        .replace("'__VERSION__'", `'${hash.digest('hex').slice(0, 16)}'`)
        .replace('= __PRECACHE__', '= ' + JSON.stringify(['./', ...files.map((file) => `./${file}`)]));
      writeFileSync(join(outDir, 'sw.js'), worker);
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlineApp()],
  // Relative asset URLs: the built app works from any static host or sub-folder.
  base: './',
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        // The workshop room server (server/): Node, not jsdom. Its tests start real server
        // processes (compiled once by the global setup) and wait for states, with timeouts
        // generous enough for a busy 2-core machine.
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          globalSetup: ['./server/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          restoreMocks: true,
        },
      },
    ],
  },
});
