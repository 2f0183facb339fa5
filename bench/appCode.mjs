// bench/*.mjs cannot import the app's TypeScript: Vite bundles bench/appEntry.ts (the app's
// encoder and checks, with yjs and zod) into one ESM file for Node under bench/.cache, which
// is then imported. The same source and the same yjs as the built app, no copy of the layout.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench', '.cache');

/** Bundle one bench entry (app code with its own yjs) for Node and import it. */
export async function bundleForNode(entry, name, dir = outDir) {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'bench', entry),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rolldownOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
    // Everything in the bundle (yjs included): nothing is resolved from bench/.cache at run time.
    ssr: { noExternal: true, target: 'node' },
  });
  // A query per build: a second call in one process must not get the cached module.
  return import(`${pathToFileURL(join(dir, `${name}.mjs`)).href}?t=${Date.now()}`);
}

export function loadAppCode() {
  return bundleForNode('appEntry.ts', 'appCode');
}
