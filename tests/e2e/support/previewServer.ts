// Serves the built app (dist/) with `vite preview` on a free loopback port, for the browser
// tests and the screenshot script; the URL always ends with a slash.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export interface PreviewHandle {
  /** Base URL of the app, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** Origin of the app, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Project root: two folders above tests/e2e/support. */
export const projectRoot: string = fileURLToPath(new URL('../../..', import.meta.url));

const host = '127.0.0.1';

/** Asks the OS for a port nobody is listening on. */
export function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? done(port) : fail(new Error('no free port'))));
    });
  });
}

/** Starts `vite preview` on dist/; fails with a clear message when the app is not built. */
export async function startPreviewServer(root: string = projectRoot): Promise<PreviewHandle> {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error(
      'dist/index.html is missing: build the app first (`npx vite build`), ' +
        'or use `npm run test:e2e`, which builds it.',
    );
  }
  const port = await findFreePort();
  const server = await preview({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host, port, strictPort: true, open: false },
  });
  const origin = `http://${host}:${port}`;
  return { url: `${origin}/`, origin, close: () => server.close() };
}
