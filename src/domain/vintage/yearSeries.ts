// D and every U_k of each region in each year of a span: what the chart of a region through the
// years draws. Missing stays missing (undefined), never 0.
import type { ScoreResult } from '../score/scoreRegions';
import { SUBSYSTEMS, type Subsystem } from '../score/subsystems';

export interface RegionSeries {
  /** D per year, in the order of `years`. */
  readonly degree: readonly (number | undefined)[];
  /** U_k per year, in the order of `years`. */
  readonly subsystems: Readonly<Record<Subsystem, readonly (number | undefined)[]>>;
}

export interface YearSeries {
  readonly years: readonly number[];
  readonly regions: Readonly<Record<string, RegionSeries>>;
}

/** The series of the regions of the first result, from one score result per year. */
export function yearSeries(years: readonly number[], results: readonly ScoreResult[]): YearSeries {
  const regionIds = results[0]?.regions.map((region) => region.regionId) ?? [];
  const byYear = results.map((result) => new Map(result.regions.map((r) => [r.regionId, r])));
  const regions = Object.fromEntries(
    regionIds.map((id) => {
      const scores = byYear.map((map) => map.get(id));
      const subsystems = Object.fromEntries(
        SUBSYSTEMS.map((k) => [k, scores.map((score) => score?.subsystemIndex[k])]),
      ) as Record<Subsystem, (number | undefined)[]>;
      return [id, { degree: scores.map((score) => score?.degree), subsystems }];
    }),
  );
  return { years, regions };
}
