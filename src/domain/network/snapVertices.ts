// Merges vertices that lie within a tolerance of an earlier vertex, in input order, with a grid
// hash (3×3 cells per lookup, not O(n²)). A merged vertex keeps the first vertex's position, so
// snapping never chains: every vertex ends within the tolerance of its node.
import { EARTH_RADIUS_KM, haversineKmRaw } from '../geo/haversineKm';
import { sphericalSearchBox } from '../geo/sphericalSearchBox';

const MIN_CELL_DEG = 1e-5;

export interface SnappedVertices {
  /** Node index of each input vertex. */
  readonly nodeOf: Uint32Array;
  readonly nodeLon: Float64Array;
  readonly nodeLat: Float64Array;
}

/** Snaps vertices (lons[i], lats[i], degrees) to nodes within `toleranceKm` (≥ 0; 0 merges equal points). */
export function snapVertices(
  lons: Float64Array,
  lats: Float64Array,
  toleranceKm: number,
): SnappedVertices {
  const count = lons.length;
  let maxAbsLat = 0;
  for (let i = 0; i < count; i++) maxAbsLat = Math.max(maxAbsLat, Math.abs(lats[i]!));
  // Cells as wide as the tolerance's box at the most poleward latitude hold every neighbour in 3×3.
  // Cells of at least 1e-5° (about a metre) keep the integer cell keys collision-free.
  const [west, , east] = sphericalSearchBox(0, Math.min(maxAbsLat, 89), toleranceKm);
  const cellLon = Math.max((east - west) / 2, MIN_CELL_DEG);
  const cellLat = Math.max(((toleranceKm / EARTH_RADIUS_KM) * 180) / Math.PI, MIN_CELL_DEG);
  const cells = new Map<number, number[]>();
  const nodeOf = new Uint32Array(count);
  const nodeLon: number[] = [];
  const nodeLat: number[] = [];
  for (let i = 0; i < count; i++) {
    const lon = lons[i]!;
    const lat = lats[i]!;
    const cx = Math.floor(lon / cellLon);
    const cy = Math.floor(lat / cellLat);
    let best = -1;
    let bestKm = toleranceKm;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const node of cells.get(cellKey(cx + dx, cy + dy)) ?? []) {
          const km = haversineKmRaw(lon, lat, nodeLon[node]!, nodeLat[node]!);
          if (km <= bestKm && (best < 0 || km < bestKm || node < best)) {
            best = node;
            bestKm = km;
          }
        }
      }
    }
    if (best < 0) {
      best = nodeLon.length;
      nodeLon.push(lon);
      nodeLat.push(lat);
      const key = cellKey(cx, cy);
      const cell = cells.get(key);
      if (cell) cell.push(best);
      else cells.set(key, [best]);
    }
    nodeOf[i] = best;
  }
  return { nodeOf, nodeLon: Float64Array.from(nodeLon), nodeLat: Float64Array.from(nodeLat) };
}

/** A collision-free number key for cell (x, y) while |x|, |y| < 2^25. */
function cellKey(x: number, y: number): number {
  return (x + 33_554_432) * 67_108_864 + (y + 33_554_432);
}
