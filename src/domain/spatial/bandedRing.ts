// A polygon ring with its edges bucketed into horizontal bands, so a point-in-ring crossing test
// looks at the few edges of one band instead of every vertex (exact, not approximate).
import type { Position } from 'geojson';

export interface BandedRing {
  readonly minY: number;
  readonly bandHeight: number;
  readonly bandCount: number;
  /** CSR offsets into `bandEdges`, length bandCount + 1. */
  readonly bandStart: Uint32Array;
  /** Edge numbers per band; edge e joins vertices e and e + 1 of `coords`. */
  readonly bandEdges: Uint32Array;
  /** Flat x, y pairs of the ring, closed (last vertex equals the first). */
  readonly coords: Float64Array;
}

const EDGES_PER_BAND = 8;

/** Builds the band index of a ring (GeoJSON positions, closed or not). */
export function createBandedRing(ring: readonly Position[]): BandedRing {
  const closed =
    ring.length > 0 && (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1])
      ? [...ring, ring[0]!]
      : ring;
  const coords = new Float64Array(closed.length * 2);
  let minY = Infinity;
  let maxY = -Infinity;
  closed.forEach((p, i) => {
    coords[2 * i] = p[0]!;
    coords[2 * i + 1] = p[1]!;
    minY = Math.min(minY, p[1]!);
    maxY = Math.max(maxY, p[1]!);
  });
  const edgeCount = Math.max(0, closed.length - 1);
  const bandCount = Math.max(1, Math.ceil(edgeCount / EDGES_PER_BAND));
  const bandHeight = (maxY - minY) / bandCount || 1;
  const bandOf = (y: number) =>
    Math.min(bandCount - 1, Math.max(0, Math.floor((y - minY) / bandHeight)));
  const firstBand = (e: number) => bandOf(Math.min(coords[2 * e + 1]!, coords[2 * e + 3]!));
  const lastBand = (e: number) => bandOf(Math.max(coords[2 * e + 1]!, coords[2 * e + 3]!));
  const counts = new Uint32Array(bandCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    for (let b = firstBand(e), last = lastBand(e); b <= last; b++) counts[b + 1]!++;
  }
  for (let b = 0; b < bandCount; b++) counts[b + 1]! += counts[b]!;
  const bandEdges = new Uint32Array(counts[bandCount]!);
  const fill = counts.slice(0, bandCount);
  for (let e = 0; e < edgeCount; e++) {
    for (let b = firstBand(e), last = lastBand(e); b <= last; b++) bandEdges[fill[b]!++] = e;
  }
  return { minY, bandHeight, bandCount, bandStart: counts, bandEdges, coords };
}

/** True when a horizontal ray from (x, y) eastwards crosses the ring an odd number of times. */
export function ringContains(ring: BandedRing, x: number, y: number): boolean {
  const band = Math.floor((y - ring.minY) / ring.bandHeight);
  if (band < 0 || band >= ring.bandCount) return false;
  const { coords, bandEdges } = ring;
  let inside = false;
  for (let k = ring.bandStart[band]!; k < ring.bandStart[band + 1]!; k++) {
    const e = bandEdges[k]!;
    const xi = coords[2 * e]!;
    const yi = coords[2 * e + 1]!;
    const xj = coords[2 * e + 2]!;
    const yj = coords[2 * e + 3]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
