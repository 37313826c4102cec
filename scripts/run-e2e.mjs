// `npm run test:e2e`: the browser tests alone. Checks Chromium, builds the app (skip with
// --no-build), then runs vitest with vitest.e2e.config.ts; other arguments go to vitest,
// e.g. `npm run test:e2e -- --no-build tests/e2e/smoke.e2e.test.ts`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) console.error(`could not start ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const vitestArgs = args.filter((arg) => arg !== '--no-build');

try {
  ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (build && run(bin('vite'), ['build']) !== 0) process.exit(1);
process.exit(run(bin('vitest'), ['run', '-c', 'vitest.e2e.config.ts', ...vitestArgs]));
