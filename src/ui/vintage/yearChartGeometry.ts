// The chart of a region through the years as SVG path data: years along x, values 0–1 up y, one
// path per series with a gap wherever a year has no value (missing is never drawn as 0).

export interface ChartBox {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly padPx: number;
}

/** SVG path data of `values` (0–1, one per year) in the box; "" when nothing is known. */
export function seriesPath(values: readonly (number | undefined)[], box: ChartBox): string {
  const { widthPx, heightPx, padPx } = box;
  const step = values.length > 1 ? (widthPx - 2 * padPx) / (values.length - 1) : 0;
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, i) => {
    if (value === undefined || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    const x = padPx + i * step;
    const y = heightPx - padPx - Math.min(1, Math.max(0, value)) * (heightPx - 2 * padPx);
    parts.push(`${drawing ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`);
    drawing = true;
  });
  return parts.join(' ');
}
