// A flatbush index over the great-circle segments of many polylines that answers "nearest
// eligible polyline to this point" exactly on the sphere: a planar nearest-box query finds a
// first candidate, then a spherical search box of that distance gathers every possible closer one.
import Flatbush from 'flatbush';
import { arcBounds } from './arcBounds';
import { ARC_STRIDE, pointToArcKm, writeArc } from './pointToArcKm';
import { sphericalSearchBox } from './sphericalSearchBox';
import { unitVector } from './unitVector';

/** One polyline item: one or more paths of [lon, lat] positions (a MultiLineString's coordinates). */
export type PolylinePaths = readonly (readonly (readonly number[])[])[];

export interface NearestHit {
  /** Index of the polyline item in the input array. */
  readonly item: number;
  readonly distanceKm: number;
}

export interface SegmentIndex {
  readonly segmentCount: number;
  /** Nearest eligible item to lon/lat (degrees), or undefined when none is eligible. */
  nearest(lon: number, lat: number, isEligible?: (item: number) => boolean): NearestHit | undefined;
  /** Segments (their ids) of eligible items within `km` of lon/lat, exactly. */
  segmentsWithin(
    lon: number,
    lat: number,
    km: number,
    isEligible?: (item: number) => boolean,
  ): number[];
  /** Km from the unit vector (x, y, z) to segment `segment`. */
  segmentKm(x: number, y: number, z: number, segment: number): number;
}

/** Indexes every segment of `items`; segments of zero length count as points. */
export function createSegmentIndex(items: readonly PolylinePaths[]): SegmentIndex {
  const ends: number[] = [];
  const owners: number[] = [];
  items.forEach((paths, item) => {
    for (const path of paths) {
      for (let i = 0; i + 1 < path.length; i++) {
        ends.push(path[i]![0]!, path[i]![1]!, path[i + 1]![0]!, path[i + 1]![1]!);
        owners.push(item);
      }
      if (path.length === 1) {
        ends.push(path[0]![0]!, path[0]![1]!, path[0]![0]!, path[0]![1]!);
        owners.push(item);
      }
    }
  });
  const segmentCount = owners.length;
  const itemOf = Uint32Array.from(owners);
  const arcs = new Float64Array(segmentCount * ARC_STRIDE);
  const index = new Flatbush(Math.max(1, segmentCount));
  const a = new Float64Array(3);
  const b = new Float64Array(3);
  for (let s = 0; s < segmentCount; s++) {
    const [lonA, latA, lonB, latB] = [
      ends[4 * s]!,
      ends[4 * s + 1]!,
      ends[4 * s + 2]!,
      ends[4 * s + 3]!,
    ];
    writeArc(unitVector(lonA, latA, a), unitVector(lonB, latB, b), arcs, s * ARC_STRIDE);
    const [west, south, east, north] = arcBounds(lonA, latA, lonB, latB, arcs, s * ARC_STRIDE);
    index.add(west, south, east, north);
  }
  if (segmentCount === 0) index.add(0, 0, 0, 0);
  index.finish();

  const c = new Float64Array(3);
  return {
    segmentCount,
    nearest(lon, lat, isEligible) {
      if (segmentCount === 0) return undefined;
      const filter = isEligible ? (s: number) => isEligible(itemOf[s]!) : undefined;
      const first = index.neighbors(lon, lat, 1, Infinity, filter)[0];
      if (first === undefined) return undefined;
      unitVector(lon, lat, c);
      let best = first;
      let bestKm = pointToArcKm(c[0]!, c[1]!, c[2]!, arcs, first * ARC_STRIDE);
      const [west, south, east, north] = sphericalSearchBox(lon, lat, bestKm);
      for (const s of index.search(west, south, east, north, filter)) {
        const km = pointToArcKm(c[0]!, c[1]!, c[2]!, arcs, s * ARC_STRIDE);
        if (km < bestKm) {
          bestKm = km;
          best = s;
        }
      }
      return { item: itemOf[best]!, distanceKm: bestKm };
    },
    segmentsWithin(lon, lat, km, isEligible) {
      if (segmentCount === 0) return [];
      const filter = isEligible ? (s: number) => isEligible(itemOf[s]!) : undefined;
      unitVector(lon, lat, c);
      const [west, south, east, north] = sphericalSearchBox(lon, lat, km * (1 + 1e-9) + 1e-9);
      return index
        .search(west, south, east, north, filter)
        .filter((s) => pointToArcKm(c[0]!, c[1]!, c[2]!, arcs, s * ARC_STRIDE) <= km);
    },
    segmentKm: (x, y, z, segment) => pointToArcKm(x, y, z, arcs, segment * ARC_STRIDE),
  };
}
