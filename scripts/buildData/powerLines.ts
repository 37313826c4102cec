// uhv_lines.csv → UHV lines drawn as great-circle arcs between their two ends (schematic: the real
// routes are not available). A row lacking either end is left out and reported, never guessed.
import { greatCircle } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import {
  optionalIsoDate,
  optionalNumber,
  optionalText,
  optionalYear,
  requiredText,
  splitList,
} from './cells';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import type { CsvRow } from './csv';
import { featureYears, startFromDate, startFromYear, type StartYear } from './featureYears';
import { lineFeature, type AtlasFeature } from './geometry';

/** Source status → schema status. */
const STATUSES: Readonly<Record<string, string>> = {
  operational: 'operating',
  partially_operational: 'partially_operating',
  under_construction: 'under_construction',
};

/** Lines whose year of operation is derived, not printed as an actual date (data/sources/PROVENANCE.md,
 * uhv_lines): a year placed from the construction start or the release archive, or a planned date
 * not confirmed as actual. Their start year is flagged `inferred`. */
export const INFERRED_UHV_YEARS: Readonly<Record<string, string>> = {
  DC08: 'year inferred from the construction start and the release archive',
  AC22: 'year inferred from the construction start',
  AC08: 'planned operation (end of August 2020), not confirmed as actual',
  AC09: 'planned operation (September 2020), not confirmed as actual',
  AC11: 'planned operation (late October 2022), not confirmed as actual',
  AC18: 'planned operation (before end-2023), not confirmed as actual',
};

/** The month of (full) operation where given, else the year in service; a commissioned month
 * in another year than `year_in_service` fails the build. */
export function lineStart(row: CsvRow, id: string): StartYear | undefined {
  const fromMonth = startFromDate(row.commissioned);
  const fromYear = startFromYear(row.year_in_service);
  if (fromMonth && fromYear && fromMonth.year !== fromYear.year)
    throw new Error(`uhv_lines ${id}: commissioned ${row.commissioned} is not in ${fromYear.year}`);
  const start = fromMonth ?? fromYear;
  return start && id in INFERRED_UHV_YEARS ? { ...start, precision: 'inferred' } : start;
}

/** Positions per arc; enough for a smooth curve over 3,000 km. */
export const ARC_POINTS = 24;

export interface SkippedLine {
  readonly id: string;
  readonly name: string;
  readonly missing: readonly ('start' | 'end')[];
}

export interface PowerLinesResult {
  readonly features: AtlasFeature<LineString>[];
  readonly skipped: SkippedLine[];
}

function endOf(row: CsvRow, prefix: 'start' | 'end'): Position | undefined {
  const lon = optionalNumber(row[`${prefix}_lon`], `${prefix}_lon`);
  const lat = optionalNumber(row[`${prefix}_lat`], `${prefix}_lat`);
  return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

function arc(start: Position, end: Position): Position[] {
  const line = greatCircle(start, end, { npoints: ARC_POINTS });
  if (line.geometry.type !== 'LineString') throw new Error('great circle crosses the antimeridian');
  return line.geometry.coordinates;
}

/** Lines with both ends as arcs; the others in `skipped`. */
export function buildPowerLines(rows: readonly CsvRow[]): PowerLinesResult {
  const features: AtlasFeature<LineString>[] = [];
  const skipped: SkippedLine[] = [];
  for (const row of rows) {
    const id = requiredText(row.id, 'uhv_lines.id');
    const name = requiredText(row.name_en, `uhv_lines ${id} name`);
    const start = endOf(row, 'start');
    const end = endOf(row, 'end');
    if (!start || !end) {
      skipped.push({
        id,
        name,
        missing: [...(start ? [] : ['start' as const]), ...(end ? [] : ['end' as const])],
      });
      continue;
    }
    const sourceStatus = requiredText(row.status, `uhv_lines ${id} status`);
    const status = STATUSES[sourceStatus];
    if (!status) throw new Error(`uhv_lines ${id}: unknown status ${sourceStatus}`);
    const properties = {
      ...commonProperties({
        id,
        name,
        nameZh: row.name_zh,
        source: requiredText(row.source, `uhv_lines ${id} source`),
        approx: true,
        verified: row.verified,
        notes: [
          'schematic: great-circle arc between the two end towns, not the real route',
          row.notes,
        ],
      }),
      ...compact({
        current: requiredText(row.current, `uhv_lines ${id} current`),
        voltage_kv: optionalNumber(row.voltage_kv),
        capacity_gw: optionalNumber(row.capacity_gw),
        status,
        year: optionalYear(row.year_in_service),
        commissioned: optionalIsoDate(row.commissioned, `uhv_lines ${id} commissioned`),
        operator: optionalText(row.operator),
        length_km: optionalNumber(row.length_km),
        end_region_ids: [
          requiredText(row.start_province, `${id} start`),
          requiredText(row.end_province, `${id} end`),
        ],
        start_name: optionalText(row.start_name),
        end_name: optionalText(row.end_name),
        via_region_ids:
          splitList(row.via_provinces).length > 0 ? splitList(row.via_provinces) : undefined,
      }),
      ...featureYears(lineStart(row, id)),
    };
    features.push(lineFeature(properties, arc(start, end)));
  }
  return { features, skipped };
}
