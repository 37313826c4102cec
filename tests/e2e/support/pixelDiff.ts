// Compares windows of map pixels (see pixels.ts): how many changed between two reads, and
// whether a window is one plain colour (nothing drawn across it).
import { colourDistance, type PixelWindow } from './pixels';

/** Default largest per-channel difference still counted as the same colour (0–255). */
export const SAME_COLOUR_TOLERANCE = 12;

/** Number of pixels that differ between two windows of the same size by more than `tolerance`. */
export function changedPixelCount(
  before: PixelWindow,
  after: PixelWindow,
  tolerance = SAME_COLOUR_TOLERANCE,
): number {
  if (before.pixels.length !== after.pixels.length) {
    throw new Error(`windows differ in size: ${before.pixels.length} vs ${after.pixels.length}`);
  }
  return before.pixels.filter((pixel, index) => {
    const other = after.pixels[index];
    return other === undefined || colourDistance(pixel, other) > tolerance;
  }).length;
}

/**
 * Largest colour difference (0–255) between any pixel of the window and its first pixel:
 * small when one plain fill covers the window, large when something is drawn across it.
 */
export function colourSpread(window: PixelWindow): number {
  const [first] = window.pixels;
  if (!first) return 0;
  return Math.max(...window.pixels.map((pixel) => colourDistance(pixel, first)));
}
