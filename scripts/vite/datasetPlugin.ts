// Serves the project's data/ folder at ./data/ during development and copies it into the build,
// so the app reads the default dataset from its own origin.
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function datasetPlugin(dataDir: string): Plugin {
  let outDir = 'dist';
  // Vitest runs the same config with a throwaway outDir: only a real build copies data.
  let copyOnClose = false;
  return {
    name: 'compute-atlas-dataset',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      copyOnClose = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const relative = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const file = path.resolve(dataDir, `.${relative}`);
        const inside = file.startsWith(dataDir + path.sep);
        if (!inside || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader(
          'Content-Type',
          CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        );
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (!copyOnClose) return;
      cpSync(dataDir, path.join(outDir, 'data'), { recursive: true });
    },
  };
}
