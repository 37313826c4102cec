// Exact spherical distance from a point to a great-circle arc (the shortest path between two
// vertices), the same geometry turf 7's `pointToLineDistance` uses, on precomputed unit vectors.
import { EARTH_RADIUS_KM } from './haversineKm';

/**
 * Per-arc vectors, 15 numbers at `offset`: the unit normal N = A×B/|A×B|, the tangent at A
 * towards B (N×A), the tangent at B back towards A (B×N), then A and B themselves.
 */
export const ARC_STRIDE = 15;

/** Fills the arc record of unit vectors `a`, `b` into `out` at `offset` (see ARC_STRIDE). */
export function writeArc(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  out: Float64Array,
  offset: number,
): void {
  const [ax, ay, az] = [a[0]!, a[1]!, a[2]!];
  const [bx, by, bz] = [b[0]!, b[1]!, b[2]!];
  let nx = ay * bz - az * by;
  let ny = az * bx - ax * bz;
  let nz = ax * by - ay * bx;
  const length = Math.hypot(nx, ny, nz);
  // A degenerate arc (A = B) has no plane: a zero normal makes every test fall back to the ends.
  if (length > 1e-15) {
    nx /= length;
    ny /= length;
    nz /= length;
  } else {
    nx = ny = nz = 0;
  }
  out.set([nx, ny, nz], offset);
  out.set([ny * az - nz * ay, nz * ax - nx * az, nx * ay - ny * ax], offset + 3);
  out.set([by * nz - bz * ny, bz * nx - bx * nz, bx * ny - by * nx], offset + 6);
  out.set([ax, ay, az], offset + 9);
  out.set([bx, by, bz], offset + 12);
}

/** Distance in km from unit vector (cx, cy, cz) to the arc stored at `offset` of `arcs`. */
export function pointToArcKm(
  cx: number,
  cy: number,
  cz: number,
  arcs: Float64Array,
  offset: number,
): number {
  const nx = arcs[offset]!;
  const ny = arcs[offset + 1]!;
  const nz = arcs[offset + 2]!;
  const alongA = cx * arcs[offset + 3]! + cy * arcs[offset + 4]! + cz * arcs[offset + 5]!;
  const alongB = cx * arcs[offset + 6]! + cy * arcs[offset + 7]! + cz * arcs[offset + 8]!;
  if ((nx !== 0 || ny !== 0 || nz !== 0) && alongA >= 0 && alongB >= 0) {
    const sinCross = Math.abs(cx * nx + cy * ny + cz * nz);
    return EARTH_RADIUS_KM * Math.asin(Math.min(1, sinCross));
  }
  const toA = chordAngle(cx - arcs[offset + 9]!, cy - arcs[offset + 10]!, cz - arcs[offset + 11]!);
  const toB = chordAngle(cx - arcs[offset + 12]!, cy - arcs[offset + 13]!, cz - arcs[offset + 14]!);
  return EARTH_RADIUS_KM * Math.min(toA, toB);
}

/** Central angle in radians subtended by a chord of the unit sphere. */
export function chordAngle(dx: number, dy: number, dz: number): number {
  return 2 * Math.asin(Math.min(1, Math.hypot(dx, dy, dz) / 2));
}
