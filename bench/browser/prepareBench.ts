// Everything the browser benchmark serves, built fresh in a temp folder: the app (vite build of
// this checkout, default dataset included), the naive baseline page, and fixtures S and L written
// as dataset folders. Never touches dist/.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { generateFixture, type FixtureSize } from '../fixtures/generateFixture';
import { writeFixture } from '../fixtures/writeFixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const baselineRoot = fileURLToPath(new URL('./baseline', import.meta.url));

export interface PreparedBench {
  readonly appDir: string;
  readonly baselineDir: string;
  readonly fixtureDirs: Readonly<Record<FixtureSize, string>>;
  /** Fixture L with its regions only (every other layer an empty file): the heap reference. */
  readonly regionsOnlyDir: string;
}

/** A copy of the dataset in `dir` whose layers other than regions are empty, in `to`. */
function writeRegionsOnly(dir: string, to: string): string {
  mkdirSync(to, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    layers: { id: string; file: string; feature_count: number; bytes: number }[];
  };
  const empty = JSON.stringify({ type: 'FeatureCollection', features: [] });
  for (const layer of manifest.layers) {
    if (layer.id === 'regions') {
      copyFileSync(join(dir, layer.file), join(to, layer.file));
      continue;
    }
    writeFileSync(join(to, layer.file), empty);
    layer.feature_count = 0;
    layer.bytes = Buffer.byteLength(empty);
  }
  writeFileSync(join(to, 'manifest.json'), JSON.stringify(manifest));
  return to;
}

export async function prepareBench(log: (line: string) => void): Promise<PreparedBench> {
  const out = join(tmpdir(), 'compute-atlas-bench', 'browser');
  const appDir = join(out, 'app');
  const baselineDir = join(out, 'baseline');
  log(`building the app into ${appDir}`);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: appDir, emptyOutDir: true },
  });
  log(`building the naive baseline page into ${baselineDir}`);
  await build({
    root: baselineRoot,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir: baselineDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 5000,
    },
  });
  log('writing fixtures S and L');
  const fixtureDirs = {
    S: writeFixture(generateFixture('S')),
    L: writeFixture(generateFixture('L')),
  };
  const regionsOnlyDir = writeRegionsOnly(fixtureDirs.L, join(out, 'L-regions-only'));
  return { appDir, baselineDir, fixtureDirs, regionsOnlyDir };
}
