// province_history.csv → each region's statistics by year, written as `<key>_<YYYY>` properties
// (`population_10k_2015` … `gdp_100m_cny_2024`) beside the single-year `<key>`: the app's parser
// reads them as statistics like any other, and the "as of" view puts the year's value in place of
// `<key>`. Every province must have every year; its last year must equal province_stats.csv.
import { optionalNumber, optionalYear, requiredText } from './cells';
import type { CsvRow } from './csv';
import { PROVINCES } from './provinces';
import { roundTo } from './round';

export const HISTORY_SOURCE =
  'province_history.csv (Compute Atlas fact tables, CC BY 4.0): National Bureau of Statistics (data.stats.gov.cn, table E0103) as compiled in pik-piam/PyPSA-China-PIK resources/data/population/historical_population.csv and historical_gdp.csv @25c83bf; GDP at current prices, not deflated';

/** The history columns and the single-year statistic each one dates, with the stats column its
 * last year must equal. */
export const HISTORY_SERIES = [
  {
    key: 'population_10k',
    column: 'population_10k',
    latestColumn: 'population_2024_10k',
    unit: '10k persons',
    label: 'Population',
    labelZh: '常住人口',
  },
  {
    key: 'gdp_100m_cny',
    column: 'gdp_100m_cny',
    latestColumn: 'gdp_2024_100m_cny',
    unit: '100 million CNY',
    label: 'GDP (current prices)',
    labelZh: '地区生产总值(当年价)',
  },
] as const;

export type RegionHistory = ReadonlyMap<string, Readonly<Record<string, number>>>;

/** The years the table covers, ascending (every province must have all of them). */
export function historyYears(rows: readonly CsvRow[]): number[] {
  const years = new Set(rows.map((row) => optionalYear(row.year)));
  if (years.has(undefined)) throw new Error('province_history: a row without a year');
  return [...(years as Set<number>)].sort((a, b) => a - b);
}

/** `<key>_<YYYY>` statistics per ISO id, years ascending; cross-checked against province_stats. */
export function regionHistory(
  rows: readonly CsvRow[],
  latestRows: ReadonlyMap<string, CsvRow>,
): RegionHistory {
  const years = historyYears(rows);
  const byIso = new Map<string, Map<number, CsvRow>>();
  for (const row of rows) {
    const iso = requiredText(row.iso_code, 'province_history iso_code');
    const province = PROVINCES.find((p) => p.iso === iso);
    if (!province || province.name !== row.name_en)
      throw new Error(`province_history: unknown province ${iso} ${row.name_en}`);
    const year = optionalYear(row.year)!;
    const seen = byIso.get(iso) ?? new Map<number, CsvRow>();
    if (seen.has(year)) throw new Error(`province_history ${iso}: ${year} twice`);
    byIso.set(iso, seen.set(year, row));
  }
  const history = new Map<string, Record<string, number>>();
  for (const [iso, byYear] of byIso) {
    const stats: Record<string, number> = {};
    for (const series of HISTORY_SERIES) {
      for (const year of years) {
        const cell = byYear.get(year)?.[series.column];
        const value = optionalNumber(cell, `province_history ${iso} ${year} ${series.column}`);
        if (value === undefined)
          throw new Error(`province_history ${iso}: no ${series.column} ${year}`);
        stats[`${series.key}_${year}`] = roundTo(value, 3);
      }
      const latest = optionalNumber(latestRows.get(iso)?.[series.latestColumn]);
      const last = stats[`${series.key}_${years.at(-1)}`];
      if (latest !== undefined && latest !== last)
        throw new Error(
          `province_history ${iso}: ${series.key} ${years.at(-1)} ${last} ≠ ${latest}`,
        );
    }
    history.set(iso, stats);
  }
  return history;
}
