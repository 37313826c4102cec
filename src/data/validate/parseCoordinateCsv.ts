// A CSV with coordinate columns becomes Point features: other columns become properties (numbers
// where the whole column is numeric, blanks left out), and the result goes through the same
// checks as GeoJSON (ranges, swapped axes, ids, unsafe keys).
import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import { checkTextSize } from './checkSize';
import { detectCoordinateColumns, type CoordinateColumns } from './detectCoordinateColumns';
import type { Bounds } from './positions';
import { createReportBuilder, type ReportBuilder, type ValidationReport } from './report';
import { validateParsed } from './validateGeoJson';

export interface CsvOptions {
  readonly maxBytes: number;
  /** Columns the user chose; otherwise they are detected by name. */
  readonly latColumn?: string;
  readonly lonColumn?: string;
  readonly expectedBounds?: Bounds;
}

export interface CsvResult {
  readonly featureCollection: FeatureCollection;
  readonly report: ValidationReport;
  readonly header: readonly string[];
  readonly columns?: CoordinateColumns;
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

export function parseCsvRows(text: string): string[][] {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy' }).data;
}

function numericColumns(header: readonly string[], rows: readonly string[][]): Set<number> {
  const numeric = new Set<number>();
  header.forEach((_, column) => {
    const values = rows.map((row) => (row[column] ?? '').trim()).filter((v) => v !== '');
    if (values.length > 0 && values.every((v) => NUMBER.test(v) && Number.isFinite(Number(v)))) {
      numeric.add(column);
    }
  });
  return numeric;
}

function readCoordinate(value: string | undefined): number | 'missing' | 'invalid' {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return 'missing';
  return NUMBER.test(trimmed) ? Number(trimmed) : 'invalid';
}

function fail(report: ReportBuilder, header: readonly string[]): CsvResult {
  const featureCollection: FeatureCollection = { type: 'FeatureCollection', features: [] };
  return { featureCollection, report: report.build(0), header };
}

/** Parses CSV text with coordinate columns into a checked FeatureCollection of Points. */
export function parseCoordinateCsv(text: string, options: CsvOptions): CsvResult {
  const report = createReportBuilder();
  const tooLarge = checkTextSize(text, options.maxBytes);
  if (tooLarge) report.fail('file_too_large', tooLarge);
  const rows = report.failed ? [] : parseCsvRows(text);
  const header = (rows[0] ?? []).map((name) => name.trim());
  if (!report.failed && rows.length < 2) report.fail('empty_file');
  if (report.failed) return fail(report, header);
  const chosen = options.latColumn && options.lonColumn;
  const columns = chosen
    ? { lat: options.latColumn as string, lon: options.lonColumn as string }
    : detectCoordinateColumns(header);
  const latIndex = columns ? header.indexOf(columns.lat) : -1;
  const lonIndex = columns ? header.indexOf(columns.lon) : -1;
  if (!columns || latIndex < 0 || lonIndex < 0) {
    report.fail('csv_no_coordinate_columns');
    return fail(report, header);
  }
  report.warn(`Coordinates read from columns "${columns.lat}" (latitude) and "${columns.lon}" (longitude).`);
  const body = rows.slice(1);
  const numeric = numericColumns(header, body);
  const features: unknown[] = [];
  body.forEach((row, index) => {
    const label = `row ${index + 2}`;
    const lat = readCoordinate(row[latIndex]);
    const lon = readCoordinate(row[lonIndex]);
    if (lat === 'missing' || lon === 'missing') {
      report.add('dropped', 'missing_coordinate', `${label}: blank coordinate`);
      return;
    }
    if (lat === 'invalid' || lon === 'invalid') {
      const shown = `${row[latIndex] ?? ''}, ${row[lonIndex] ?? ''}`.slice(0, 60);
      report.add('dropped', 'invalid_coordinate', `${label}: "${shown}"`);
      return;
    }
    const properties = Object.create(null) as Record<string, unknown>;
    header.forEach((name, column) => {
      const value = (row[column] ?? '').trim();
      if (column === latIndex || column === lonIndex || value === '' || name === '') return;
      properties[name] = numeric.has(column) ? Number(value) : value;
    });
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  });
  const value = { type: 'FeatureCollection', features };
  const result = validateParsed(value, { expectedGeometry: 'point', expectedBounds: options.expectedBounds }, report);
  return { ...result, header, columns };
}
