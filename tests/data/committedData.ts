// Reads the committed default dataset (data/) for the validation tests.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

export interface ManifestLayerEntry {
  id: string;
  file: string;
  feature_count: number;
  bytes: number;
  licence: string;
  as_of: string;
  sources: string[];
  notes: string;
}

export interface FieldEntry {
  key: string;
  unit?: string;
  label: string;
  label_zh: string;
  vintage?: string;
  source?: string;
}

export interface Manifest {
  schema_version: number;
  edition?: string;
  edition_date?: string;
  as_of?: string;
  attribution: string;
  layers: ManifestLayerEntry[];
  fields: Record<string, FieldEntry[]>;
  bounds: number[];
}

export type DataFeature = Feature & { properties: Record<string, unknown> };

export const manifest = JSON.parse(readFileSync(resolve(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;

/** The features of one layer of data/, by layer id. */
export function layer(id: string): DataFeature[] {
  const entry = manifest.layers.find((l) => l.id === id);
  if (!entry) throw new Error(`manifest lists no layer ${id}`);
  const collection = JSON.parse(readFileSync(resolve(DATA_DIR, entry.file), 'utf8')) as FeatureCollection;
  if (collection.type !== 'FeatureCollection') throw new Error(`${entry.file} is not a FeatureCollection`);
  return collection.features as DataFeature[];
}

/** The files of data/ other than manifest.json and the sources/ folder. */
export function dataFiles(): string[] {
  return readdirSync(DATA_DIR, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'manifest.json')
    .map((e) => e.name)
    .sort();
}
