// Reading one position: finite numbers only, longitude then latitude within range, height dropped.
// Also the whole-file test for swapped axes, which must run before any range check.

export type PositionIssue = 'invalid_position' | 'non_finite_coordinate' | 'position_out_of_range';

export type Position2 = [lon: number, lat: number];

export type PositionRead =
  | { readonly position: Position2; readonly trimmed: boolean }
  | { readonly issue: PositionIssue; readonly detail: string };

function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.slice(0, 4).map(describe).join(', ')}]`;
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.slice(0, 40);
}

/** A position as [lon, lat] in degrees, or why it cannot be used. `swap` reads it as [lat, lon]. */
export function readPosition(value: unknown, swap: boolean): PositionRead {
  if (!Array.isArray(value) || value.length < 2) {
    return { issue: 'invalid_position', detail: `position ${describe(value)}` };
  }
  const [a, b] = value as unknown[];
  for (const coordinate of [a, b]) {
    // JSON has no NaN: tools that write one produce null (JSON.stringify(NaN) === 'null').
    if (coordinate === null || (typeof coordinate === 'number' && !Number.isFinite(coordinate))) {
      return { issue: 'non_finite_coordinate', detail: `position ${describe(value)}` };
    }
    if (typeof coordinate !== 'number') {
      return { issue: 'invalid_position', detail: `position ${describe(value)}` };
    }
  }
  const [lon, lat] = (swap ? [b, a] : [a, b]) as Position2;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    return { issue: 'position_out_of_range', detail: `lon ${lon}, lat ${lat}` };
  }
  return { position: [lon, lat], trimmed: value.length > 2 };
}

/** [west, south, east, north] in degrees, as in a dataset manifest. */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

export interface AxisStats {
  total: number;
  inBounds: number;
  inBoundsSwapped: number;
  yBeyond84: number;
  xWithin90: number;
  yBeyond90: number;
  yWithin180: number;
  swappedChinaBox: number;
}

export function emptyAxisStats(): AxisStats {
  return { total: 0, inBounds: 0, inBoundsSwapped: 0, yBeyond84: 0, xWithin90: 0, yBeyond90: 0, yWithin180: 0, swappedChinaBox: 0 };
}

/** Counts every numeric position nested anywhere in `coordinates`. */
const inside = (bounds: Bounds, x: number, y: number) =>
  x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3];

export function collectAxisStats(
  coordinates: unknown,
  stats: AxisStats,
  bounds?: Bounds,
  depth = 0,
): void {
  if (!Array.isArray(coordinates) || depth > 8) return;
  const [x, y] = coordinates as unknown[];
  if (typeof x === 'number' && typeof y === 'number') {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    stats.total += 1;
    if (Math.abs(x) <= 90) stats.xWithin90 += 1;
    if (Math.abs(y) > 90) stats.yBeyond90 += 1;
    if (Math.abs(y) <= 180) stats.yWithin180 += 1;
    if (Math.abs(y) > 84) stats.yBeyond84 += 1;
    if (bounds && inside(bounds, x, y)) stats.inBounds += 1;
    if (bounds && inside(bounds, y, x)) stats.inBoundsSwapped += 1;
    if (x >= 15 && x <= 55 && y >= 70 && y <= 140) stats.swappedChinaBox += 1;
    return;
  }
  for (const child of coordinates as unknown[]) collectAxisStats(child, stats, bounds, depth + 1);
}

/**
 * True when the file is almost surely written [lat, lon]: every first value fits a latitude and a
 * quarter or more of the second values cannot be latitudes; or 90 % of positions fall inside the
 * expected bounds only when read swapped; or, with no bounds given, 95 % fall in China's box read
 * the wrong way round (x 15–55, y 70–140; China spans lon 73–135, lat 18–54) and some y passes 84°
 * (no land lies further north, so an Arctic file in the right order is not mistaken for it).
 */
export function looksSwapped(stats: AxisStats, boundsGiven: boolean): boolean {
  if (stats.total === 0) return false;
  const allLatLike = stats.xWithin90 === stats.total && stats.yWithin180 === stats.total;
  if (allLatLike && stats.yBeyond90 >= stats.total * 0.25) return true;
  if (boundsGiven) {
    return stats.inBoundsSwapped >= stats.total * 0.9 && stats.inBounds < stats.total * 0.1;
  }
  return stats.swappedChinaBox >= stats.total * 0.95 && stats.yBeyond84 > 0;
}
