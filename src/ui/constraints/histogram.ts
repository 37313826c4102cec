// Counts of values in equal-width bins over a range: what the small charts beside a threshold
// slider draw. Values outside the range fall into the first or last bin; non-finite ones are skipped.

export interface HistogramBin {
  /** Inclusive lower edge, in the values' unit. */
  readonly from: number;
  /** Upper edge (exclusive, except for the last bin). */
  readonly to: number;
  readonly count: number;
}

export interface HistogramRange {
  readonly min: number;
  readonly max: number;
}

/**
 * `bins` equal-width bins (≥ 1) over `range`, or over the values' own extent when no range is
 * given. An empty input gives empty bins; a zero-width extent puts everything in one bin.
 */
export function histogram(
  values: Iterable<number>,
  bins: number,
  range?: HistogramRange,
): HistogramBin[] {
  const finite = [...values].filter(Number.isFinite);
  const count = Math.max(1, Math.floor(bins));
  const min = range?.min ?? Math.min(...finite);
  const max = range?.max ?? Math.max(...finite);
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  const width = (max - min) / count;
  const counts = new Array<number>(count).fill(0);
  for (const value of finite) {
    const index = width === 0 ? 0 : Math.floor((value - min) / width);
    const bin = Math.min(count - 1, Math.max(0, index));
    counts[bin] = counts[bin]! + 1;
  }
  return counts.map((n, i) => ({
    from: min + i * width,
    to: i === count - 1 ? max : min + (i + 1) * width,
    count: n,
  }));
}
