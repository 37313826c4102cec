// The shape every importer of a known third-party format shares: a cheap `detect` on a CSV header
// or parsed JSON, and an `import` that returns schema-ready GeoJSON with its report and licence.
import type { FeatureCollection } from 'geojson';
import type { Bilingual } from '../../domain/lang';
import type { LayerId } from '../../domain/layerFamilies';
import type { ValidationReport } from '../validate/report';

export const IMPORTER_IDS = [
  'wri_gppd',
  'telegeography_cables',
  'telegeography_landing_points',
  'cloud_regions_csv',
  'cloud_regions_json',
] as const;
export type ImporterId = (typeof IMPORTER_IDS)[number];

export interface ImportResult {
  readonly layerId: LayerId;
  /** Features in the dataset schema (docs/DATA-SCHEMA.md), ready for `parseLayer`. */
  readonly featureCollection: FeatureCollection;
  readonly report: ValidationReport;
  readonly licence: string;
  readonly attribution: string;
}

export interface ImportOptions {
  readonly maxBytes?: number;
  /** A companion file some formats use, e.g. TeleGeography's cable/all.json for cable names. */
  readonly companionText?: string;
}

export interface Importer {
  readonly id: ImporterId;
  readonly label: Bilingual;
  /** What `detect` is given: the CSV header row, or the parsed JSON. */
  readonly input: 'csv' | 'json';
  readonly layerId: LayerId;
  detect(headerOrJson: unknown): boolean;
  import(text: string, options?: ImportOptions): ImportResult;
}
