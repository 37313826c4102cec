// Reads a CSV fact table into rows of trimmed text cells keyed by the header; empty cells stay ''.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type CsvRow = Readonly<Record<string, string>>;

/** Parses CSV text with a header line; throws on malformed rows so a broken source fails the build. */
export function parseCsv(text: string, label = 'csv'): CsvRow[] {
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
    transform: (value) => value.trim(),
  });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new Error(`${label}: ${first?.message ?? 'parse error'} (row ${first?.row ?? '?'})`);
  }
  return result.data;
}

/** Reads and parses one CSV file. */
export function readCsv(path: string): CsvRow[] {
  return parseCsv(readFileSync(path, 'utf8'), path);
}
