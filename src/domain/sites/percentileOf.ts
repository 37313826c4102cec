// The p-th percentile of the finite values of an array (nearest rank on the sorted values).

/** The smallest value v such that at least p % of the finite values are ≤ v; NaN when none. */
export function percentileOf(values: ArrayLike<number>, p: number): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]!);
  if (finite.length === 0) return NaN;
  const sorted = Float64Array.from(finite).sort();
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}
