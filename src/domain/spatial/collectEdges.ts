// The flat arrays the region index is built from: every ring edge (with its region), the box of
// each polygon's outer ring, and a flatbush over the edges' boxes for distance queries.
import Flatbush from 'flatbush';
import type { Polygon, Position } from 'geojson';
import type { Region } from '../atlas';
import type { BandedRing } from './bandedRing';

export interface PolygonEntry {
  readonly region: number;
  readonly rings: readonly BandedRing[];
}

/** Where an empty tree's placeholder box sits: no lon/lat query reaches it. */
const FAR = 1e9;

/** The polygons of a region's Polygon or MultiPolygon, as rings of positions. */
export function polygonsOf(region: Region): readonly Position[][][] {
  const g = region.geometry;
  return g.type === 'Polygon' ? [(g as Polygon).coordinates] : g.coordinates;
}

/** Every ring edge as x1, y1, x2, y2 and the region it bounds. */
export function collectEdges(polygons: readonly PolygonEntry[]) {
  let count = 0;
  for (const p of polygons) for (const ring of p.rings) count += ring.coords.length / 2 - 1;
  const e = new Float64Array(4 * count);
  const edgeRegion = new Int32Array(count);
  let k = 0;
  for (const p of polygons) {
    for (const { coords } of p.rings) {
      for (let i = 0; i + 3 < coords.length; i += 2, k++) {
        for (let j = 0; j < 4; j++) e[4 * k + j] = coords[i + j]!;
        edgeRegion[k] = p.region;
      }
    }
  }
  return { e, edgeRegion };
}

/** The box of each polygon's outer ring as minX, minY, maxX, maxY. */
export function outerBoxes(polygons: readonly PolygonEntry[]): Float64Array {
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
export function createEdgeTree(e: Float64Array): Flatbush {
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
