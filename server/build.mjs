// Compiles the room server (server/*.ts and what it imports from src/) with the repo's tsc
// into server/dist, as CommonJS: see server/tsconfig.json. Used by `npm run room` and by the
// server tests' global setup.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsc = join(here, '..', 'node_modules', '.bin', 'tsc');

export function buildServer() {
  const result = spawnSync(tsc, ['-p', join(here, 'tsconfig.json')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`tsc failed for the room server (exit ${result.status})`);
  mkdirSync(join(here, 'dist'), { recursive: true });
  writeFileSync(join(here, 'dist', 'package.json'), '{ "type": "commonjs" }\n');
  return join(here, 'dist', 'server', 'main.js');
}

/** The app the room serves: built once if missing, so `npm run room` is the one command a facilitator needs. */
export function buildAppIfMissing() {
  const root = join(here, '..');
  if (existsSync(join(root, 'dist', 'index.html'))) return;
  console.log('Building the app for the room (dist/ is missing)…');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--with-app')) buildAppIfMissing();
  buildServer();
}
