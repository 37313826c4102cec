// `npm run screenshot`: the README picture. Builds the app if dist/ is missing (or with
// --build), serves it, opens it at 1280×800 in headless Chromium, waits for the app and the
// map to settle, and writes docs/screenshot.png. Options: --lang en|zh, --hash x=y, --out path,
// --viewport WxH (CSS pixels, e.g. 390x844 for a phone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { ensureChromium } from './ensure-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    build: { type: 'boolean', default: false },
    lang: { type: 'string', default: 'en' },
    hash: { type: 'string', default: '' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    viewport: { type: 'string', default: '1280x800' },
  },
});
const [width, height] = values.viewport.split('x').map(Number);
if (!(width > 0 && height > 0)) {
  console.error('--viewport must be WxH, e.g. 390x844');
  process.exit(2);
}
if (values.lang !== 'en' && values.lang !== 'zh') {
  console.error('--lang must be en or zh');
  process.exit(2);
}

/** The harness's TypeScript helpers, loaded through tsx so there is one copy of them. */
const support = (name) => tsImport(`../tests/e2e/support/${name}.ts`, import.meta.url);

async function main() {
  ensureChromium();
  if (values.build || !existsSync(resolve(root, 'dist/index.html'))) {
    const vite = resolve(root, 'node_modules/.bin/vite');
    const built = spawnSync(vite, ['build'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const { startPreviewServer } = await support('previewServer');
  const { launchChromium } = await support('browser');
  const { openSession } = await support('openSession');
  const { waitForAppReady, waitForMapIdle } = await support('readiness');
  const server = await startPreviewServer(root);
  const browser = await launchChromium().catch(async (error) => {
    await server.close();
    throw error;
  });
  try {
    const app = await openSession(browser, server.url, {
      lang: values.lang,
      hash: values.hash,
      viewport: { width, height },
    });
    await waitForAppReady(app.page);
    await waitForMapIdle(app.page);
    const out = resolve(root, values.out);
    mkdirSync(dirname(out), { recursive: true });
    await app.page.screenshot({ path: out });
    for (const message of app.consoleErrors) console.warn(`console error: ${message}`);
    for (const url of app.foreignRequests)
      console.warn(`blocked request to another origin: ${url}`);
    console.log(`wrote ${values.out}`);
    await app.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
