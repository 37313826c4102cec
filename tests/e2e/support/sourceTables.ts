// The committed dataset as node reads it, to compare with what the browser loaded: the
// manifest's layer list and the fact tables in data/sources/*.csv.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { projectRoot } from './previewServer';

export interface ManifestFileLayer {
  readonly id: string;
  readonly file: string;
  readonly feature_count: number;
  readonly licence?: string;
  readonly sources: readonly string[];
}

/** data/manifest.json's layers, as committed. */
export function readManifestLayers(): ManifestFileLayer[] {
  const text = readFileSync(resolve(projectRoot, 'data/manifest.json'), 'utf8');
  const manifest = JSON.parse(text) as { layers: ManifestFileLayer[] };
  return manifest.layers;
}

/** Rows of data/sources/<name>.csv as objects keyed by the header; empty cells are ''. */
export function readSourceTable(name: string): Record<string, string>[] {
  const text = readFileSync(resolve(projectRoot, 'data/sources', `${name}.csv`), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new Error(`${name}.csv: ${parsed.errors.map((error) => error.message).join('; ')}`);
  }
  return parsed.data;
}

/** The `id` column (or `column`) of a source table. */
export function sourceIds(name: string, column = 'id'): string[] {
  return readSourceTable(name).map((row) => row[column] ?? '');
}
