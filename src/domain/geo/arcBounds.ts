// The lon/lat box of a great-circle arc, including the poleward bulge of long east–west arcs
// (the arc's highest point can lie north of both ends). Arcs must not cross ±180°.
import type { LonLatBox } from './sphericalSearchBox';

const DEG = 180 / Math.PI;

/**
 * Box (degrees) of the arc between lon/lat ends `a` and `b`, given its record in `arcs` at
 * `offset` (see `writeArc`: normal at 0, tangents at 3 and 6).
 */
export function arcBounds(
  lonA: number,
  latA: number,
  lonB: number,
  latB: number,
  arcs: Float64Array,
  offset: number,
): LonLatBox {
  let south = Math.min(latA, latB);
  let north = Math.max(latA, latB);
  const nx = arcs[offset]!;
  const ny = arcs[offset + 1]!;
  const nz = arcs[offset + 2]!;
  // The great circle's highest point is the pole direction with the normal component removed.
  const vx = -nz * nx;
  const vy = -nz * ny;
  const vz = 1 - nz * nz;
  const length = Math.hypot(vx, vy, vz);
  if (length > 1e-12) {
    for (const sign of [1, -1]) {
      const px = (sign * vx) / length;
      const py = (sign * vy) / length;
      const pz = (sign * vz) / length;
      const alongA = px * arcs[offset + 3]! + py * arcs[offset + 4]! + pz * arcs[offset + 5]!;
      const alongB = px * arcs[offset + 6]! + py * arcs[offset + 7]! + pz * arcs[offset + 8]!;
      if (alongA >= 0 && alongB >= 0) {
        const extremeLat = Math.asin(Math.max(-1, Math.min(1, pz))) * DEG;
        south = Math.min(south, extremeLat);
        north = Math.max(north, extremeLat);
      }
    }
  }
  return [Math.min(lonA, lonB), south, Math.max(lonA, lonB), north];
}
