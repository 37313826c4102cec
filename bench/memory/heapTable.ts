// Runs heapOfFixtureL in a child node (it needs --expose-gc) and turns its answer into a Markdown
// table: heap held per way of keeping fixture L, against parsed GeoJSON, with the ≥ 5× target.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { HeapOfFixtureL } from './heapOfFixtureL';

const script = fileURLToPath(new URL('./heapOfFixtureL.ts', import.meta.url));
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

export function measureHeapOfFixtureL(): HeapOfFixtureL {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as HeapOfFixtureL;
}

export function heapTable(h: HeapOfFixtureL): string {
  const row = (name: string, app: number, base: number) => {
    const ratio = base / app;
    const verdict = ratio >= 5 ? 'met' : `missed: ${ratio.toFixed(1)}×`;
    const same = h.same ? 'yes' : 'NO';
    return `| ${name} | ${mb(app)} | ${mb(base)} | ${ratio.toFixed(1)}× | ${same} | ≥ 5× smaller | ${verdict} |`;
  };
  const sites = `${h.counts.datacentres! + h.counts.power_plants!} sites`;
  return [
    '| main-thread JS heap held for fixture L (after GC, node) | kept now: table rows + plain regions and hubs | parsed GeoJSON kept (naive) | ratio | same records | target | verdict |',
    '|---|---:|---:|---:|:-:|---|---|',
    row('the whole dataset', h.rowsBytes, h.geoJsonBytes),
    row(
      `everything but the ${h.counts.regions} regions (${sites}, ${h.counts.power_lines! + h.counts.fibre_routes!} lines; both keep the regions whole)`,
      h.rowsBytes - h.regionsBytes,
      h.geoJsonBytes - h.regionsBytes,
    ),
    `| for comparison: the records as plain objects (what the main thread kept before tables) | ${mb(h.plainBytes)} | ${mb(h.geoJsonBytes)} | ${(h.geoJsonBytes / h.plainBytes).toFixed(1)}× | — | — | — |`,
  ].join('\n');
}
