// How lines recede at national zoom and firm up as one zooms in: a width factor and an opacity,
// both linear between zoom 3.5 (the whole country on a desktop) and zoom 6 (a few provinces).
// Legend swatches show the full widths; the legend says they thin out nationally.

const NATIONAL_ZOOM = 3.5;
const REGIONAL_ZOOM = 6;

/** 0 at national zoom and below, 1 at regional zoom and beyond, linear between. */
function zoomProgress(zoom: number): number {
  return Math.min(1, Math.max(0, (zoom - NATIONAL_ZOOM) / (REGIONAL_ZOOM - NATIONAL_ZOOM)));
}

/** Factor (0.6–1) applied to every line width at `zoom`. */
export function lineWidthScale(zoom: number): number {
  return 0.6 + 0.4 * zoomProgress(zoom);
}

/** Layer opacity (0.75–1) of lines at `zoom`. */
export function lineOpacity(zoom: number): number {
  return 0.75 + 0.25 * zoomProgress(zoom);
}
