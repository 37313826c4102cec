// Run by `npm run bench` in a child node with --expose-gc: the JS heap each way of keeping fixture
// L on the main thread holds, measured as heapUsed after GC with that structure alone alive —
// parsed GeoJSON (the naive page), the records as plain objects (what the main thread kept before
// RecordTables) and what it keeps now (table rows for BULK_LAYER_IDS, plain records for the rest).
// Checks the rows read back equal to the records; also measures the regions alone, which both
// keep whole. Prints one JSON line (HeapOfFixtureL).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadDataset, type FetchFn } from '../../src/data';
import type { Atlas } from '../../src/domain/atlas';
import { LAYER_IDS } from '../../src/domain/layerFamilies';
import { encodeRecordTable, tableBuffers } from '../../src/worker/table/recordTable';
import { tableRows } from '../../src/worker/table/tableRows';
import { BULK_LAYER_IDS } from '../../src/domain/layerFamilies';
import { generateFixture } from '../fixtures/generateFixture';
import { writeFixture } from '../fixtures/writeFixture';

export interface HeapOfFixtureL {
  readonly geoJsonBytes: number;
  readonly plainBytes: number;
  readonly rowsBytes: number;
  readonly regionsBytes: number;
  readonly same: boolean;
  readonly counts: Readonly<Record<string, number>>;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapHeldBy(make: () => unknown): number {
  gc!();
  gc!();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc!();
  gc!();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('nothing kept');
  return after - before;
}

const dir = writeFixture(generateFixture('L'));
const fetchFn: FetchFn = async (url) => new Response(readFileSync(new URL(url).pathname));
const loaded = await loadDataset(`file://${join(dir, 'manifest.json')}`, { fetchFn });
// The main thread received the records by structured clone; clone them as it would have.
const records = structuredClone(loaded.atlas);
const files = LAYER_IDS.map((id) => readFileSync(join(dir, `${id}.geojson`), 'utf8'));

function rowsAtlas(atlas: Atlas): Atlas {
  return Object.fromEntries(
    LAYER_IDS.map((id) => {
      if (!BULK_LAYER_IDS.includes(id)) return [id, structuredClone(atlas[id])];
      const table = encodeRecordTable(atlas[id]);
      return [id, tableRows(structuredClone(table, { transfer: tableBuffers(table) }))];
    }),
  ) as unknown as Atlas;
}

const geoJsonBytes = heapHeldBy(() => files.map((text) => JSON.parse(text) as unknown));
const plainBytes = heapHeldBy(() => structuredClone(records));
let rows: Atlas | undefined;
const rowsBytes = heapHeldBy(() => (rows = rowsAtlas(records)));
const same = LAYER_IDS.every(
  (id) =>
    rows![id].length === records[id].length &&
    rows![id].every((row, i) => isDeepStrictEqual({ ...row }, records[id][i])),
);
// Regions are kept whole by both pages; this is what each holds for the rest.
const regionsBytes = heapHeldBy(() => structuredClone(records.regions));
const counts = Object.fromEntries(LAYER_IDS.map((id) => [id, records[id].length]));
const result: HeapOfFixtureL = { geoJsonBytes, plainBytes, rowsBytes, regionsBytes, same, counts };
console.log(JSON.stringify(result));
