// Point sites gathered where their symbols would crowd on screen, for drawing a busy family at
// national zoom: greedy and largest first, like a map-maker's generalisation. Each point, in
// order of falling capacity, joins the cluster of its group whose seed (its largest member) lies
// nearest within `radiusPx` on a Web Mercator screen at `zoom`, or seeds a new cluster. Clusters
// come apart as one zooms in: `splitsAtZoom` is where a member first lies farther than
// `radiusPx` from the seed.
import type { LonLat } from '../atlas';

export interface ClusterablePoint {
  readonly position: LonLat;
  readonly capacityMw?: number;
}

export interface ScreenCluster<P> {
  /** Members, the seed first then by falling capacity. */
  readonly members: readonly P[];
  /** Capacity-weighted mean lon/lat of the members (the plain mean where none states one). */
  readonly position: LonLat;
  /** Summed capacity in MW of the members that state one; undefined when none does. */
  readonly capacityMw: number | undefined;
  /** The zoom from which some member lies farther than the radius from the seed (Infinity when
   * every member shares the seed's place). */
  readonly splitsAtZoom: number;
}

/** Pixels across the world at zoom 0 (MapLibre's and deck.gl's 512-pixel tiles). */
const WORLD_PX_AT_ZOOM_0 = 512;
const MAX_LATITUDE = 85.0511287798;

/** Web Mercator pixel coordinates of `position` at zoom 0 (x east, y south). */
export function mercatorPxAtZoom0([lon, lat]: LonLat): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lon + 180) / 360) * WORLD_PX_AT_ZOOM_0;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX_AT_ZOOM_0;
  return [x, y];
}

interface Seed<P> {
  readonly group: string;
  readonly x: number;
  readonly y: number;
  readonly members: { readonly point: P; readonly x: number; readonly y: number }[];
}

/** One number per grid cell (cell indices stay far below 2^26 at any zoom a map shows). */
const cellKey = (cx: number, cy: number) => cx * 67_108_864 + cy;

const capacityOf = (point: ClusterablePoint) =>
  point.capacityMw !== undefined && point.capacityMw > 0 ? point.capacityMw : 0;

/**
 * Clusters `points` at `zoom`: only points of the same `groupOf` (default: all one group) join.
 * A point alone stays a cluster of one. The answer is stable for the same input (ties keep input
 * order).
 */
export function clusterPointsOnScreen<P extends ClusterablePoint>(
  points: readonly P[],
  zoom: number,
  radiusPx: number,
  groupOf: (point: P) => string = () => '',
): ScreenCluster<P>[] {
  const scale = 2 ** zoom;
  const order = points
    .map((point, index) => ({ point, index, capacity: capacityOf(point) }))
    .sort((a, b) => b.capacity - a.capacity || a.index - b.index);
  // Seeds by grid cell of side radiusPx: a seed within the radius lies in one of 9 cells.
  const grid = new Map<number, Seed<P>[]>();
  const seeds: Seed<P>[] = [];
  for (const { point } of order) {
    const [x0, y0] = mercatorPxAtZoom0(point.position);
    const x = x0 * scale;
    const y = y0 * scale;
    const group = groupOf(point);
    const cx = Math.floor(x / radiusPx);
    const cy = Math.floor(y / radiusPx);
    let nearest: Seed<P> | undefined;
    // Squared pixel distances: no square root per candidate.
    let nearestDistance = radiusPx * radiusPx;
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const seed of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
          const distance = (seed.x - x) ** 2 + (seed.y - y) ** 2;
          if (seed.group === group && distance <= nearestDistance) {
            nearest = seed;
            nearestDistance = distance;
          }
        }
      }
    }
    if (nearest) {
      nearest.members.push({ point, x, y });
      continue;
    }
    const seed: Seed<P> = { group, x, y, members: [{ point, x, y }] };
    seeds.push(seed);
    const key = cellKey(cx, cy);
    const inCell = grid.get(key);
    if (inCell) inCell.push(seed);
    else grid.set(key, [seed]);
  }
  return seeds.map((seed) => summarise(seed, scale, radiusPx));
}

function summarise<P extends ClusterablePoint>(
  seed: Seed<P>,
  scale: number,
  radiusPx: number,
): ScreenCluster<P> {
  let lon = 0;
  let lat = 0;
  let weight = 0;
  let capacity: number | undefined;
  let farthest = 0; // squared pixels at the clustering zoom
  for (const { point, x, y } of seed.members) {
    const stated = capacityOf(point);
    if (stated > 0) capacity = (capacity ?? 0) + stated;
    // A tiny weight for sites without a capacity: they place a cluster only when it has nothing else.
    const w = stated > 0 ? stated : 1e-6;
    lon += point.position[0] * w;
    lat += point.position[1] * w;
    weight += w;
    farthest = Math.max(farthest, (x - seed.x) ** 2 + (y - seed.y) ** 2);
  }
  return {
    members: seed.members.map((member) => member.point),
    position: [lon / weight, lat / weight],
    capacityMw: capacity,
    splitsAtZoom: farthest > 0 ? Math.log2((radiusPx * scale) / Math.sqrt(farthest)) : Infinity,
  };
}
