// Cells in the grid's blocks (the descendants of one cell two resolutions up: compact, at most 49)
// with each block's centre and radius: a query answered once per block bounds the candidates of all its
// cells (a distance is 1-Lipschitz), and each cell then tests those few on unit vectors.
import { EARTH_RADIUS_KM } from '../geo/haversineKm';
import { unitVector } from '../geo/unitVector';
import type { HexGrid } from './hexGrid';

export interface CellBlocks {
  readonly count: number;
  /** Cells of block b: start[b] … start[b + 1] − 1. */
  readonly start: Uint32Array;
  readonly centreLon: Float64Array;
  readonly centreLat: Float64Array;
  /** Great-circle km from the block centre to its farthest cell centre. */
  readonly radiusKm: Float64Array;
  /** Unit vector of every cell centre, 3 numbers per cell. */
  readonly xyz: Float64Array;
}

const DEG = 180 / Math.PI;
const cache = new WeakMap<HexGrid, CellBlocks>();

/** Angle (radians) between two unit vectors, stable for small angles. */
export function angleBetween(a: ArrayLike<number>, i: number, b: ArrayLike<number>, j: number) {
  const cx = a[i + 1]! * b[j + 2]! - a[i + 2]! * b[j + 1]!;
  const cy = a[i + 2]! * b[j]! - a[i]! * b[j + 2]!;
  const cz = a[i]! * b[j + 1]! - a[i + 1]! * b[j]!;
  const dot = a[i]! * b[j]! + a[i + 1]! * b[j + 1]! + a[i + 2]! * b[j + 2]!;
  return Math.atan2(Math.hypot(cx, cy, cz), dot);
}

export function cellBlocks(grid: HexGrid): CellBlocks {
  const known = cache.get(grid);
  if (known) return known;
  const n = grid.cellIds.length;
  const xyz = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) unitVector(grid.lons[i]!, grid.lats[i]!, xyz, 3 * i);
  const start = grid.blockStart;
  const count = start.length - 1;
  const centreLon = new Float64Array(count);
  const centreLat = new Float64Array(count);
  const radiusKm = new Float64Array(count);
  const centre = new Float64Array(3);
  for (let b = 0; b < count; b++) {
    let [x, y, z] = [0, 0, 0];
    for (let i = start[b]!; i < start[b + 1]!; i++) {
      x += xyz[3 * i]!;
      y += xyz[3 * i + 1]!;
      z += xyz[3 * i + 2]!;
    }
    const length = Math.hypot(x, y, z);
    centre.set([x / length, y / length, z / length]);
    centreLon[b] = Math.atan2(centre[1]!, centre[0]!) * DEG;
    centreLat[b] = Math.asin(Math.max(-1, Math.min(1, centre[2]!))) * DEG;
    let widest = 0;
    for (let i = start[b]!; i < start[b + 1]!; i++)
      widest = Math.max(widest, angleBetween(centre, 0, xyz, 3 * i));
    // A hair more, so rounding never drops a candidate on the edge.
    radiusKm[b] = widest * EARTH_RADIUS_KM * (1 + 1e-9) + 1e-6;
  }
  const blocks = { count, start, centreLon, centreLat, radiusKm, xyz };
  cache.set(grid, blocks);
  return blocks;
}
