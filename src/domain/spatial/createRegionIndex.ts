// A spatial index over region polygons: a cell grid answers most point lookups in one read and
// lists the edges near a segment; polygon boxes + banded rings give the exact even-odd test (holes
// honoured) in boundary cells; flatbush over every ring edge, built on first use, answers distances.
import Flatbush from 'flatbush';
import type { Polygon, Position } from 'geojson';
import type { Region } from '../atlas';
import { createBandedRing, ringContains, type BandedRing } from './bandedRing';
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

interface PolygonEntry {
  readonly region: number;
  readonly rings: readonly BandedRing[];
}

/** Where an empty tree's placeholder box sits: no lon/lat query reaches it. */
const FAR = 1e9;

function polygonsOf(region: Region): readonly Position[][][] {
  const g = region.geometry;
  return g.type === 'Polygon' ? [(g as Polygon).coordinates] : g.coordinates;
}

/** Every ring edge as x1, y1, x2, y2 and the region it bounds. */
function collectEdges(polygons: readonly PolygonEntry[]) {
  let count = 0;
  for (const p of polygons) for (const ring of p.rings) count += ring.coords.length / 2 - 1;
  const e = new Float64Array(4 * count);
  const edgeRegion = new Int32Array(count);
  let k = 0;
  for (const p of polygons) {
    for (const { coords } of p.rings) {
      for (let i = 0; i + 3 < coords.length; i += 2, k++) {
        e.set(coords.subarray(i, i + 4), 4 * k);
        edgeRegion[k] = p.region;
      }
    }
  }
  return { e, edgeRegion };
}

/** The box of each polygon's outer ring as minX, minY, maxX, maxY. */
function outerBoxes(polygons: readonly PolygonEntry[]): Float64Array {
  const boxes = new Float64Array(4 * polygons.length);
  polygons.forEach(({ rings }, k) => {
    const c = rings[0]!.coords;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < c.length; i += 2) {
      minX = Math.min(minX, c[i]!);
      maxX = Math.max(maxX, c[i]!);
      minY = Math.min(minY, c[i + 1]!);
      maxY = Math.max(maxY, c[i + 1]!);
    }
    boxes.set([minX, minY, maxX, maxY], 4 * k);
  });
  return boxes;
}

/** Flatbush over every edge's box, for distance queries; built on the first one. */
function createEdgeTree(e: Float64Array): Flatbush {
  const edgeCount = e.length / 4;
  const tree = new Flatbush(Math.max(1, edgeCount));
  for (let k = 0; k < edgeCount; k++) {
    const x1 = e[4 * k]!;
    const y1 = e[4 * k + 1]!;
    const x2 = e[4 * k + 2]!;
    const y2 = e[4 * k + 3]!;
    tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  if (edgeCount === 0) tree.add(FAR, FAR, FAR, FAR);
  tree.finish();
  return tree;
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
