// `npm run bench`: discovers bench/*.bench.ts, runs every suite in this process, prints the table
// and writes bench/.out/results.md, then the heap table of fixture L (bench/memory; filter
// "memory"). Exits non-zero when a fast path and its baseline disagree; missed targets are
// reported, not failed.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineInfo, resultsTable, runSuite, writeResults, type BenchRow } from './harness';
import { heapTable, measureHeapOfFixtureL } from './memory/heapTable';
import type { BenchSuite } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(`Compute Atlas benchmarks · ${machineInfo()}`);
const rows: BenchRow[] = [];
let failed = false;
for (const file of files) {
  const suite = (await import(pathToFileURL(join(here, file)).href)).default as
    BenchSuite | undefined;
  if (!suite?.setup) {
    console.error(`${file}: no default BenchSuite export`);
    failed = true;
    continue;
  }
  try {
    rows.push(...(await runSuite(suite, (line) => console.log(line))));
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.stack : String(error)}`);
    failed = true;
  }
}
let heap = '';
if (only.length === 0 || only.some((o) => 'memory'.includes(o))) {
  const measured = measureHeapOfFixtureL();
  heap = heapTable(measured);
  if (!measured.same) {
    console.error('Table rows do not read back the records of fixture L');
    failed = true;
  }
}
console.log(`\n${resultsTable(rows)}${heap && `\n\n${heap}`}`);
console.log(`\nwritten to ${writeResults(rows, join(here, '.out'), heap)}`);
const disagreeing = rows.filter((r) => r.same === false);
if (disagreeing.length > 0) {
  console.error(`\nFast and baseline answers differ: ${disagreeing.map((r) => r.name).join(', ')}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
