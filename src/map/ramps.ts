// Colour ramps for scores: ten coordination classes on RdYlBu (red = imbalance, blue =
// coordination; colour-blind safe) and viridis for a single indicator. "No data" is never a ramp colour.
import { interpolateViridis, schemeRdYlBu } from 'd3-scale-chromatic';
import { cssToRgba, hexToRgba, type Rgba } from './colour';
import { NO_DATA_COLOUR } from './palette';

export const COORDINATION_CLASS_COUNT = 10;

/** Ten hex colours, class 0 (worst imbalance, red) to class 9 (best coordination, blue). */
export const COORDINATION_CLASS_COLOURS: readonly string[] = (() => {
  const scheme = schemeRdYlBu[COORDINATION_CLASS_COUNT];
  if (!scheme || scheme.length !== COORDINATION_CLASS_COUNT) throw new Error('RdYlBu[10] missing');
  return scheme;
})();

/** The colour of a coordination class 0–9; outside that range or `undefined` → no-data grey. */
export function coordinationClassColour(classIndex: number | undefined): Rgba {
  const hex =
    classIndex === undefined ? undefined : COORDINATION_CLASS_COLOURS[Math.floor(classIndex)];
  return hex ? hexToRgba(hex) : hexToRgba(NO_DATA_COLOUR);
}

/** The class 0–9 of a coordination score in 0–1 (equal-width classes; 1 falls in class 9). */
export function coordinationClassOf(score01: number): number {
  const clamped = Math.min(1, Math.max(0, score01));
  return Math.min(COORDINATION_CLASS_COUNT - 1, Math.floor(clamped * COORDINATION_CLASS_COUNT));
}

/** A single indicator normalised to 0–1 on viridis; `undefined` or NaN → no-data grey. */
export function indicatorColour(value01: number | undefined): Rgba {
  if (value01 === undefined || Number.isNaN(value01)) return hexToRgba(NO_DATA_COLOUR);
  return cssToRgba(interpolateViridis(Math.min(1, Math.max(0, value01))));
}
