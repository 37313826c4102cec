// Region statistics by year: a statistic `<key>_<YYYY>` is `<key>` in year YYYY (e.g.
// `population_10k_2018`). The as-of view of a year puts that year's value in place of `<key>`, so
// every indicator that reads `<key>` reads the year's figure; a statistic given for one year only
// stays as it is (its vintage says which year, and the UI says it is used for every year).
import type { RegionStats } from '../atlas';

const YEAR_KEY = /^(.+)_(\d{4})$/;
const yearsCache = new WeakMap<RegionStats, ReadonlyMap<string, readonly number[]>>();

/** The statistics given by year: `<key>` → its years, ascending. */
export function statYears(stats: RegionStats): ReadonlyMap<string, readonly number[]> {
  let years = yearsCache.get(stats);
  if (!years) {
    const found = new Map<string, number[]>();
    for (const key of Object.keys(stats)) {
      const match = YEAR_KEY.exec(key);
      if (match) found.set(match[1]!, [...(found.get(match[1]!) ?? []), Number(match[2])]);
    }
    for (const list of found.values()) list.sort((a, b) => a - b);
    years = found;
    yearsCache.set(stats, years);
  }
  return years;
}

/** The year whose figure stands for `year`: the latest one not after it, else the earliest. */
export function statYearFor(years: readonly number[], year: number): number | undefined {
  let chosen: number | undefined;
  for (const y of years) if (y <= year) chosen = y;
  return chosen ?? years[0];
}

/** The statistics as of `year`; the same object when none is given by year. */
export function regionStatsAsOf(stats: RegionStats, year: number): RegionStats {
  const years = statYears(stats);
  if (years.size === 0) return stats;
  const asOf: Record<string, number> = { ...stats };
  for (const [key, list] of years) {
    const chosen = statYearFor(list, year);
    const value = chosen === undefined ? undefined : stats[`${key}_${chosen}`];
    if (value !== undefined) asOf[key] = value;
  }
  return asOf;
}
