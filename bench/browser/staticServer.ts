// A tiny static file server for the browser benchmark: each mount maps a URL prefix to a folder;
// the longest matching prefix wins, `/` serves index.html, nothing is cached, anything else 404s.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
};

export interface Mount {
  /** URL prefix starting and ending with `/`, e.g. `/app-L/data/`. */
  readonly prefix: string;
  readonly dir: string;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  close(): Promise<void>;
}

function fileFor(mounts: readonly Mount[], pathname: string): string | undefined {
  const mount = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => pathname.startsWith(m.prefix));
  if (!mount) return undefined;
  const rest = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)));
  if (rest.startsWith('..')) return undefined;
  const path = join(mount.dir, rest === '.' || rest === '' ? 'index.html' : rest);
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? join(path, 'index.html') : path;
  } catch {
    return undefined;
  }
}

/** Serves `mounts` on a free loopback port. */
export function startStaticServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(mounts, pathname);
    if (!file) {
      response.writeHead(404).end('Not Found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
