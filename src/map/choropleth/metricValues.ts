// The value of the current metric per scored region (D, a U_k or an indicator's raw value) and
// its range over the regions that have it; missing stays undefined.
import type { Metric } from '../../state/url/shareableState';
import type { ScoreAnalysis } from '../../domain/analysis';

/** The metric's value for each region of `analysis.scores.regions`, in that order. */
export function metricValues(analysis: ScoreAnalysis, metric: Metric): (number | undefined)[] {
  const { regions, indicatorIds } = analysis.scores;
  switch (metric.kind) {
    case 'coordination':
      return regions.map((region) => region.degree);
    case 'subsystem':
      return regions.map((region) => region.subsystemIndex[metric.subsystem]);
    case 'indicator': {
      const j = indicatorIds.indexOf(metric.id);
      const rowOf = new Map(analysis.raw.regionIds.map((id, r) => [id, analysis.raw.values[r]]));
      return regions.map((region) => (j < 0 ? undefined : rowOf.get(region.regionId)?.[j]));
    }
  }
}

export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/** Min and max of the finite values; undefined when there is none. */
export function valueRange(values: readonly (number | undefined)[]): ValueRange | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === undefined || !Number.isFinite(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return min <= max ? { min, max } : undefined;
}

/** Where a value sits in a range, 0–1; a range without spread puts every value mid-ramp. */
export function rampPosition(value: number, range: ValueRange): number {
  const span = range.max - range.min;
  if (!(span > 0)) return 0.5;
  return Math.min(1, Math.max(0, (value - range.min) / span));
}
