// Decides how a dropped file is read: a known-format importer, generic GeoJSON or generic CSV.
// Cheap for CSV (header row only); JSON is parsed once to look at its shape. Never throws.
import Papa from 'papaparse';
import { DEFAULT_MAX_BYTES } from '../validate/checkSize';
import type { Importer } from './importerTypes';
import { IMPORTERS } from './importers';

export type FormatGuess =
  | { readonly kind: 'importer'; readonly importer: Importer }
  | { readonly kind: 'geojson' }
  | { readonly kind: 'csv'; readonly header: readonly string[] };

const CSV_EXTENSIONS = /\.(csv|tsv|txt)$/i;
const JSON_EXTENSIONS = /\.(geo)?json$/i;

function csvHeader(text: string): string[] {
  const first = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { preview: 1 }).data[0];
  return (first ?? []).map((name) => name.trim());
}

function parseQuietly(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** The reader for a file, from its name and text; oversize text is routed by name only. */
export function detectFormat(fileName: string, text: string): FormatGuess {
  const start = text.replace(/^\uFEFF/, '').trimStart().charAt(0);
  const looksJson = start === '{' || start === '[';
  const isCsv = CSV_EXTENSIONS.test(fileName) || (!looksJson && !JSON_EXTENSIONS.test(fileName));
  const withinLimit = text.length <= DEFAULT_MAX_BYTES;
  if (isCsv && !looksJson) {
    const header = withinLimit ? csvHeader(text) : [];
    const importer = IMPORTERS.find((i) => i.input === 'csv' && i.detect(header));
    return importer ? { kind: 'importer', importer } : { kind: 'csv', header };
  }
  const json = withinLimit && looksJson ? parseQuietly(text) : undefined;
  const importer =
    json === undefined ? undefined : IMPORTERS.find((i) => i.input === 'json' && i.detect(json));
  return importer ? { kind: 'importer', importer } : { kind: 'geojson' };
}
