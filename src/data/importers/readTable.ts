// A parsed CSV with its columns found by any of several names (the same field is spelt
// differently across releases of a source), compared after normalising case, spaces and units.
import { normaliseColumnName } from '../validate/detectCoordinateColumns';
import { parseCsvRows } from '../validate/parseCoordinateCsv';

export interface Table<Role extends string> {
  readonly rows: readonly string[][];
  /** Column index of each role, -1 when absent. */
  readonly index: Readonly<Record<Role, number>>;
  cell(row: readonly string[], role: Role): string;
}

export function findColumn(header: readonly string[], names: readonly string[]): number {
  const normalised = header.map(normaliseColumnName);
  for (const name of names) {
    const index = normalised.indexOf(normaliseColumnName(name));
    if (index >= 0) return index;
  }
  return -1;
}

export function hasColumns(
  headerOrJson: unknown,
  names: readonly (readonly string[])[],
): headerOrJson is string[] {
  if (!Array.isArray(headerOrJson) || !headerOrJson.every((h) => typeof h === 'string')) return false;
  return names.every((aliases) => findColumn(headerOrJson, aliases) >= 0);
}

export function readTable<Role extends string>(
  text: string,
  columns: Readonly<Record<Role, readonly string[]>>,
): Table<Role> {
  const [header = [], ...rows] = parseCsvRows(text);
  const index = Object.fromEntries(
    Object.entries<readonly string[]>(columns).map(([role, names]) => [role, findColumn(header, names)]),
  ) as Record<Role, number>;
  return {
    rows,
    index,
    cell: (row, role) => (index[role] >= 0 ? (row[index[role]] ?? '').trim() : ''),
  };
}

/** A finite number from a cell, or undefined for blanks and text. */
export function numberCell(value: string): number | undefined {
  if (value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
