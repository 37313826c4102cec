// Reads one province's statistics from its CSV rows and derives the listed capacity total.
// A missing cell stays absent (never 0); the total exists only when every part is present.
import type { CsvRow } from './csv';
import { optionalNumber } from './cells';
import { DERIVED_FIELDS, SOURCE_FIELDS, type StatsTable } from './regionFields';
import { roundTo } from './round';

export type RegionStatRecord = Record<string, number>;

export type ProvinceRows = Partial<Record<Exclude<StatsTable, 'derived'>, CsvRow>>;

/** The statistics of one region in REGION_FIELDS order; empty when it has no rows. */
export function regionStats(rows: ProvinceRows): RegionStatRecord {
  const stats: RegionStatRecord = {};
  let total = 0;
  let complete = true;
  for (const field of SOURCE_FIELDS) {
    const row = field.table === 'derived' ? undefined : rows[field.table];
    const raw = optionalNumber(row?.[field.column], `${field.table}.${field.column}`);
    if (raw === undefined) {
      if (field.inCapacityTotal) complete = false;
      continue;
    }
    const value = roundTo(raw * field.scale, field.decimals);
    stats[field.key] = value;
    if (field.inCapacityTotal) total += value;
  }
  const [totalField] = DERIVED_FIELDS;
  if (complete && totalField && total > 0) {
    stats[totalField.key] = roundTo(total, totalField.decimals);
  }
  return stats;
}
