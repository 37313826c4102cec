// The years an as-of view can show and what the dataset cannot date, read from the records: the
// first year of the regional statistics by year (else the first start year), the last year
// anything built started, and per family how many features fall in the "year unknown" bucket.
import type { Atlas, AtlasRecord } from '../atlas';
import { DATED_LAYER_IDS, type LayerId } from '../layerFamilies';
import type { YearSpan } from './asOf';
import { lifecyclePhase } from './lifecycle';
import { statYears } from './regionStatsAsOf';

/** The span of an atlas; undefined when nothing in it is dated. */
export function vintageYearSpan(atlas: Atlas): YearSpan | undefined {
  let firstStart = Infinity;
  let latest = -Infinity;
  for (const layer of DATED_LAYER_IDS) {
    for (const record of atlas[layer] as readonly AtlasRecord[]) {
      const start = record.startYear;
      if (start === undefined || lifecyclePhase(record) !== 'built') continue;
      firstStart = Math.min(firstStart, start);
      latest = Math.max(latest, start);
    }
  }
  const statistics = atlas.regions.flatMap((region) =>
    [...statYears(region.stats).values()].flat(),
  );
  const firstStat = Math.min(...statistics);
  const first = Number.isFinite(firstStat) ? firstStat : firstStart;
  latest = Math.max(latest, ...statistics);
  return Number.isFinite(first) && Number.isFinite(latest) ? { first, latest } : undefined;
}

export interface DatingCounts {
  /** Built features with a start year. */
  readonly dated: number;
  /** Built features without one: the "year unknown" bucket. */
  readonly unknownYear: number;
  readonly pipeline: number;
  readonly abandoned: number;
}

/** How each dated family's features are dated (regions and cities are left out). */
export function datingCounts(atlas: Atlas): Readonly<Partial<Record<LayerId, DatingCounts>>> {
  const counts: Partial<Record<LayerId, DatingCounts>> = {};
  for (const layer of DATED_LAYER_IDS) {
    const tally = { dated: 0, unknownYear: 0, pipeline: 0, abandoned: 0 };
    for (const record of atlas[layer] as readonly AtlasRecord[]) {
      const phase = lifecyclePhase(record);
      if (phase !== 'built') tally[phase] += 1;
      else if (record.startYear === undefined) tally.unknownYear += 1;
      else tally.dated += 1;
    }
    counts[layer] = tally;
  }
  return counts;
}
