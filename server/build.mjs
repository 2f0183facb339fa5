// Compiles the room server (server/*.ts and what it imports from src/) with the repo's tsc
// into server/dist, as CommonJS: see server/tsconfig.json. Used by `npm run room` and by the
// server tests' global setup.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) buildServer();
