// Reads one province's statistics from its two CSV rows and derives the capacity totals.
// A missing cell stays absent; derived values exist only when every part is present.
import type { CsvRow } from './csv';
import { optionalNumber } from './cells';
import { DERIVED_FIELDS, SOURCE_FIELDS } from './regionFields';
import { roundTo } from './round';

export type RegionStatRecord = Record<string, number>;

export interface ProvinceRows {
  readonly province_stats?: CsvRow;
  readonly province_power_2023?: CsvRow;
}

/** The statistics of one region in REGION_FIELDS order; empty when it has no rows. */
export function regionStats(rows: ProvinceRows): RegionStatRecord {
  const stats: RegionStatRecord = {};
  let total = 0;
  let nonFossil = 0;
  let complete = true;
  for (const field of SOURCE_FIELDS) {
    const row = field.table === 'derived' ? undefined : rows[field.table];
    const raw = optionalNumber(row?.[field.column], `${field.table}.${field.column}`);
    if (raw === undefined) {
      if (field.capacity) complete = false;
      continue;
    }
    const value = roundTo(raw * field.scale, field.decimals);
    stats[field.key] = value;
    if (field.capacity) total += value;
    if (field.capacity === 'nonFossil') nonFossil += value;
  }
  const [totalField, shareField] = DERIVED_FIELDS;
  if (complete && totalField && shareField && total > 0) {
    stats[totalField.key] = roundTo(total, totalField.decimals);
    stats[shareField.key] = roundTo(nonFossil / total, shareField.decimals);
  }
  return stats;
}
