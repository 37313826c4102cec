// How many decimals the camera needs at a zoom: enough that the rounded centre moves less than
// about half a pixel (the rule of maplibre's own URL hash), so a shared view looks identical.

export const ZOOM_DECIMALS = 2;
export const BEARING_DECIMALS = 1;
export const PITCH_DECIMALS = 0;

/** Decimals of longitude and latitude for a zoom level (0–22 → 2–8). */
export function centreDecimals(zoom: number): number {
  const decimals = Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
  return Math.min(8, Math.max(2, decimals));
}
