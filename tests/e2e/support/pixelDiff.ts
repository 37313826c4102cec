// Compares two reads of the same window of map pixels (see pixels.ts): how many changed.
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
