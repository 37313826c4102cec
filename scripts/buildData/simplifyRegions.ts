// Simplifies region outlines on a shared topology so neighbours keep identical borders (no gaps or
// slivers), keeps every island as at least a triangle, then writes clean RFC 7946 polygons.
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { rewindPolygon, signedRingArea } from './rfc7946';
import type { RegionShape } from './regionShapes';
import { roundPosition } from './round';

/** Grid of the shared topology: 1e5 steps across the extent (about 60 m for China). */
export const QUANTIZATION = 1e5;

type WeightedArc = [number, number, number][];

/** Closed arcs are whole island rings: keep their two weightiest inner points so they survive. */
export function protectRings(arcs: WeightedArc[]): void {
  for (const arc of arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const point of inner.slice(0, 2)) point[2] = Infinity;
  }
}

function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]?.[0] || p[1] !== ring[i - 1]?.[1]);
}

/** Rounds, drops repeated positions and rings without area, rewinds to the right-hand rule. */
export function cleanMultiPolygon(polygons: Position[][][]): MultiPolygon {
  const coordinates = polygons
    .map((rings) => rings.map((ring) => dedupe(ring.map(roundPosition))))
    .filter(
      (rings) => rings[0] !== undefined && rings[0].length >= 4 && signedRingArea(rings[0]) !== 0,
    )
    .map((rings) => rewindPolygon(rings.filter((r) => r.length >= 4 && signedRingArea(r) !== 0)));
  return { type: 'MultiPolygon', coordinates };
}

/**
 * Simplifies every region together (Visvalingam on the shared arcs).
 * @param minWeightDeg2 smallest triangle area kept, in square degrees
 */
export function simplifyRegions(
  shapes: readonly RegionShape[],
  minWeightDeg2: number,
): RegionShape[] {
  const input: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: shapes.map((s) => ({
      type: 'Feature',
      id: s.id,
      properties: {},
      geometry: s.geometry,
    })),
  };
  type RegionsTopology = Topology<{ regions: GeometryCollection }>;
  const topo = presimplify(topology({ regions: input }, QUANTIZATION) as RegionsTopology);
  protectRings(topo.arcs as unknown as WeightedArc[]);
  const simple = simplify(topo, minWeightDeg2);
  const output = feature(simple, simple.objects.regions) as FeatureCollection;
  return output.features.map((f: Feature) => {
    const geometry = f.geometry;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    return { id: String(f.id), geometry: cleanMultiPolygon(polygons) };
  });
}
