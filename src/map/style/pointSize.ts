// Proportional symbols: circle area ∝ capacity, so radius ∝ √capacity (Flannery-free, plain
// square-root scaling); unknown capacity gets one fixed small size that the legend explains.

export interface ProportionalScale {
  /** Radius in pixels of a symbol of 1 MW; radius = pxPerSqrtMw · √capacityMw. */
  readonly pxPerSqrtMw: number;
  /** Smallest radius drawn, so tiny sites stay visible (pixels). */
  readonly minRadiusPx: number;
  /** Radius of a site whose capacity is unknown (pixels). */
  readonly unknownRadiusPx: number;
}

/** Radius in pixels for a capacity in MW; `undefined`, ≤ 0 or NaN → the fixed unknown size. */
export function proportionalRadiusPx(
  capacityMw: number | undefined,
  scale: ProportionalScale,
): number {
  if (capacityMw === undefined || !(capacityMw > 0)) return scale.unknownRadiusPx;
  return Math.max(scale.minRadiusPx, scale.pxPerSqrtMw * Math.sqrt(capacityMw));
}
