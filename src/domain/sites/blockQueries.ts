// Per-cell distance and radius queries answered block by block (cellBlocks.ts): one index query
// per block finds every point that can matter to any of its cells, then each cell tests only those
// on unit vectors. Exact: the same answers as one index query per cell.
import { EARTH_RADIUS_KM } from '../geo/haversineKm';
import { angleBetween, type CellBlocks } from './cellBlocks';
import type { NearestPoint } from '../geo/createPointIndex';
import type { SegmentIndex } from '../geo/createSegmentIndex';
import type { PointSet } from './pointSet';

/** Great-circle km from each cell to the nearest point of the set; NaN when the set is empty. */
export function nearestPointKm(blocks: CellBlocks, points: PointSet): Float64Array {
  const km = new Float64Array(blocks.start[blocks.count]!).fill(NaN);
  if (points.count === 0) return km;
  for (let b = 0; b < blocks.count; b++) {
    const [lon, lat, r] = [blocks.centreLon[b]!, blocks.centreLat[b]!, blocks.radiusKm[b]!];
    const d0 = points.nearest.nearest(lon, lat)!.distanceKm;
    // A cell's nearest point lies within d0 + r of it, so within d0 + 2r of the centre.
    const candidates = points.within(lon, lat, d0 + 2 * r);
    for (let i = blocks.start[b]!; i < blocks.start[b + 1]!; i++) {
      let best = Infinity;
      for (const p of candidates)
        best = Math.min(best, angleBetween(blocks.xyz, 3 * i, points.xyz, 3 * p));
      km[i] = best * EARTH_RADIUS_KM;
    }
  }
  return km;
}

/** Sum of `weights` of the points within `radiusKm` (inclusive) of each cell. */
export function sumWithinKm(
  blocks: CellBlocks,
  points: PointSet,
  weights: ArrayLike<number>,
  radiusKm: number,
): Float64Array {
  const sums = new Float64Array(blocks.start[blocks.count]!);
  if (points.count === 0) return sums;
  const limit = radiusKm / EARTH_RADIUS_KM;
  const cosLimit = Math.cos(limit);
  for (let b = 0; b < blocks.count; b++) {
    const r = blocks.radiusKm[b]!;
    const candidates = points.within(blocks.centreLon[b]!, blocks.centreLat[b]!, radiusKm + r);
    for (let i = blocks.start[b]!; i < blocks.start[b + 1]!; i++) {
      const [x, y, z] = [blocks.xyz[3 * i]!, blocks.xyz[3 * i + 1]!, blocks.xyz[3 * i + 2]!];
      let sum = 0;
      for (const p of candidates) {
        const dot =
          x * points.xyz[3 * p]! + y * points.xyz[3 * p + 1]! + z * points.xyz[3 * p + 2]!;
        // Far from the edge the dot product decides; near it, the stable angle does.
        if (dot > cosLimit + 1e-12) sum += weights[p]!;
        else if (
          dot > cosLimit - 1e-12 &&
          angleBetween(blocks.xyz, 3 * i, points.xyz, 3 * p) <= limit
        )
          sum += weights[p]!;
      }
      sums[i] = sum;
    }
  }
  return sums;
}

/** Great-circle km from each cell to the nearest eligible polyline of the index; NaN when none is
 * eligible. */
export function nearestSegmentKm(
  blocks: CellBlocks,
  index: SegmentIndex,
  isEligible?: (item: number) => boolean,
): Float64Array {
  const km = new Float64Array(blocks.start[blocks.count]!).fill(NaN);
  for (let b = 0; b < blocks.count; b++) {
    const [lon, lat, r] = [blocks.centreLon[b]!, blocks.centreLat[b]!, blocks.radiusKm[b]!];
    const first = index.nearest(lon, lat, isEligible);
    if (!first) return km;
    const candidates = index.segmentsWithin(lon, lat, first.distanceKm + 2 * r, isEligible);
    for (let i = blocks.start[b]!; i < blocks.start[b + 1]!; i++) {
      const [x, y, z] = [blocks.xyz[3 * i]!, blocks.xyz[3 * i + 1]!, blocks.xyz[3 * i + 2]!];
      let best = Infinity;
      for (const s of candidates) best = Math.min(best, index.segmentKm(x, y, z, s));
      km[i] = best;
    }
  }
  return km;
}

/**
 * The fibre access nodes of each cell as latencyToDemand looks them up (up to `count` nearest
 * nodes within `slack` × the nearest distance, nearest first, ties by index), block by block.
 */
export function accessNodesByBlocks(
  blocks: CellBlocks,
  nodes: PointSet,
  count: number,
  slack: number,
): NearestPoint[][] {
  const lists: NearestPoint[][] = [];
  if (nodes.count === 0) return Array.from({ length: blocks.start[blocks.count]! }, () => []);
  for (let b = 0; b < blocks.count; b++) {
    const [lon, lat, r] = [blocks.centreLon[b]!, blocks.centreLat[b]!, blocks.radiusKm[b]!];
    const d0 = nodes.nearest.nearest(lon, lat)!.distanceKm;
    // A cell's nearest node is within d0 + r; its access nodes within slack × that of it.
    const candidates = nodes.within(lon, lat, slack * (d0 + r) + r);
    const km = new Float64Array(candidates.length);
    for (let i = blocks.start[b]!; i < blocks.start[b + 1]!; i++) {
      let nearest = Infinity;
      for (let k = 0; k < candidates.length; k++) {
        km[k] = angleBetween(blocks.xyz, 3 * i, nodes.xyz, 3 * candidates[k]!) * EARTH_RADIUS_KM;
        if (km[k]! < nearest) nearest = km[k]!;
      }
      const limit = nearest * slack;
      const hits: NearestPoint[] = [];
      for (let k = 0; k < candidates.length; k++)
        if (km[k]! <= limit) hits.push({ index: candidates[k]!, distanceKm: km[k]! });
      if (hits.length > 1) hits.sort((a, c) => a.distanceKm - c.distanceKm || a.index - c.index);
      lists.push(hits.length > count ? hits.slice(0, count) : hits);
    }
  }
  return lists;
}
