// Fixed decimal rounding so the same input always prints the same JSON numbers.
import type { Position } from 'geojson';

/** Coordinates are written with 5 decimals (about 1 m). */
export const COORDINATE_DECIMALS = 5;

/** Rounds to a fixed number of decimals; -0 becomes 0. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Rounds a position's lon/lat to the coordinate precision. */
export function roundPosition(position: Position): [number, number] {
  return [
    roundTo(position[0] ?? NaN, COORDINATE_DECIMALS),
    roundTo(position[1] ?? NaN, COORDINATE_DECIMALS),
  ];
}
