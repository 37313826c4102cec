// Which year's figure each statistic given by year stands for in a view: the view's year (or the
// latest before it), the latest year for the pipeline view; none for today's view, which uses the
// statistics as the dataset states them.
import type { Region } from '../domain/atlas';
import type { VintageSettings, YearSpan } from '../domain/vintage/asOf';
import { statYearFor, statYears } from '../domain/vintage/regionStatsAsOf';

export function statYearsUsed(
  regions: readonly Region[],
  settings: VintageSettings,
  span: YearSpan | undefined,
): Record<string, number> {
  const { asOf } = settings;
  if (asOf.kind === 'all' || !span) return {};
  const year = asOf.kind === 'year' ? asOf.year : span.latest;
  const years = new Map<string, Set<number>>();
  for (const region of regions) {
    for (const [key, list] of statYears(region.stats)) {
      const known = years.get(key) ?? new Set<number>();
      list.forEach((y) => known.add(y));
      years.set(key, known);
    }
  }
  const used: Record<string, number> = {};
  for (const [key, set] of years) {
    const chosen = statYearFor(
      [...set].sort((a, b) => a - b),
      year,
    );
    if (chosen !== undefined) used[key] = chosen;
  }
  return used;
}
