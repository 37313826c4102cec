// A spatial index over region polygons: a cell grid answers most point lookups in one read and
// lists the edges near a segment; polygon boxes + banded rings give the exact even-odd test (holes
// honoured) in boundary cells; flatbush over every ring edge, built on first use, answers distances.
import type Flatbush from 'flatbush';
import type { Region } from '../atlas';
import { createBandedRing, ringContains } from './bandedRing';
import {
  collectEdges,
  createEdgeTree,
  outerBoxes,
  polygonsOf,
  type PolygonEntry,
} from './collectEdges';
import { BOUNDARY, createCellGrid } from './createCellGrid';
import { kmToDegrees, pointToSegmentKm } from './localDistance';

export interface RegionIndex {
  readonly regionIds: readonly string[];
  /** Index of the region whose polygon contains the point, or -1. */
  locate(lon: number, lat: number): number;
  /** Nearest region by distance to its polygon edges, within `toleranceKm`; `only` restricts it. */
  nearestWithinKm(lon: number, lat: number, toleranceKm: number, only?: number): Hit | undefined;
  /** The region (or -1) that `locate` gives for every point of the box, when the index knows it
   * without an exact test; BOUNDARY (-2) otherwise. */
  regionOfBox(minX: number, minY: number, maxX: number, maxY: number): number;
  /** Parameters t in (0, 1) where segment A→B crosses any region edge (unsorted, may repeat). */
  crossings(ax: number, ay: number, bx: number, by: number, out: number[]): void;
}

export interface Hit {
  readonly region: number;
  readonly distanceKm: number;
}

const built = new WeakMap<readonly Region[], RegionIndex>();

/** The index of `regions`, built on first use and reused while the same array is passed. */
export function regionIndexOf(regions: readonly Region[]): RegionIndex {
  let index = built.get(regions);
  if (!index) built.set(regions, (index = createRegionIndex(regions)));
  return index;
}

/** Builds the index once per set of regions; O(vertices · log vertices). */
export function createRegionIndex(regions: readonly Region[]): RegionIndex {
  const polygons: PolygonEntry[] = [];
  regions.forEach((region, r) => {
    for (const polygon of polygonsOf(region)) {
      const rings = polygon.filter((ring) => ring.length >= 3).map(createBandedRing);
      if (rings.length > 0) polygons.push({ region: r, rings });
    }
  });
  const { e, edgeRegion } = collectEdges(polygons);
  const boxes = outerBoxes(polygons);
  let edgeTree: Flatbush | undefined;
  const contains = (p: PolygonEntry, x: number, y: number) => {
    let inside = false;
    for (const ring of p.rings) if (ringContains(ring, x, y)) inside = !inside;
    return inside;
  };
  /** Even-odd test against each polygon whose box holds the point, in region order (the first
   * region wins where polygons overlap); used in boundary cells only. */
  const locateExactly = (lon: number, lat: number) => {
    for (let k = 0; k < polygons.length; k++) {
      const b = 4 * k;
      if (lon < boxes[b]! || lat < boxes[b + 1]! || lon > boxes[b + 2]! || lat > boxes[b + 3]!)
        continue;
      if (contains(polygons[k]!, lon, lat)) return polygons[k]!.region;
    }
    return -1;
  };
  const grid = createCellGrid(e, locateExactly);

  return {
    regionIds: regions.map((r) => r.id),
    locate(lon, lat) {
      const known = grid.lookup(lon, lat);
      return known === BOUNDARY ? locateExactly(lon, lat) : known;
    },
    nearestWithinKm(lon, lat, toleranceKm, only) {
      const { dLon, dLat } = kmToDegrees(toleranceKm, lat);
      let best: Hit | undefined;
      edgeTree ??= createEdgeTree(e);
      for (const k of edgeTree.search(lon - dLon, lat - dLat, lon + dLon, lat + dLat)) {
        const region = edgeRegion[k]!;
        if (only !== undefined && region !== only) continue;
        const d = pointToSegmentKm(
          lon,
          lat,
          e[4 * k]!,
          e[4 * k + 1]!,
          e[4 * k + 2]!,
          e[4 * k + 3]!,
        );
        if (d <= toleranceKm && (!best || d < best.distanceKm)) best = { region, distanceKm: d };
      }
      return best;
    },
    regionOfBox: grid.regionOfBox,
    crossings: grid.crossings,
  };
}
