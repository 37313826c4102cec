// A flatbush index over lon/lat points that answers "nearest eligible point" exactly in
// great-circle km: a planar nearest query gives a first candidate, then a spherical search box
// of that distance gathers every point that could be closer.
import Flatbush from 'flatbush';
import { haversineKmRaw } from './haversineKm';
import { sphericalSearchBox } from './sphericalSearchBox';

export interface NearestPoint {
  /** Index of the point in the input arrays. */
  readonly index: number;
  readonly distanceKm: number;
}

export interface PointIndex {
  readonly pointCount: number;
  /** Nearest eligible point to lon/lat (degrees), or undefined when none is eligible. */
  nearest(
    lon: number,
    lat: number,
    isEligible?: (index: number) => boolean,
  ): NearestPoint | undefined;
  /**
   * Up to `count` nearest points to lon/lat, nearest first, keeping only those at most
   * `withinFactor` × the nearest distance away (all when Infinity).
   */
  nearestFew(lon: number, lat: number, count: number, withinFactor?: number): NearestPoint[];
}

/** A Flatbush over the points (lons[i], lats[i]); with no point it holds one unused entry (Flatbush
 * needs one), so callers check their own point count first. */
export function pointFlatbush(lons: ArrayLike<number>, lats: ArrayLike<number>): Flatbush {
  const pointCount = lons.length;
  const index = new Flatbush(Math.max(1, pointCount));
  for (let i = 0; i < pointCount; i++) index.add(lons[i]!, lats[i]!);
  if (pointCount === 0) index.add(0, 0);
  index.finish();
  return index;
}

/** Indexes the points (lons[i], lats[i]) in degrees. */
export function createPointIndex(lons: ArrayLike<number>, lats: ArrayLike<number>): PointIndex {
  const pointCount = lons.length;
  const index = pointFlatbush(lons, lats);
  return {
    pointCount,
    nearest(lon, lat, isEligible) {
      if (pointCount === 0) return undefined;
      const first = index.neighbors(lon, lat, 1, Infinity, isEligible)[0];
      if (first === undefined) return undefined;
      let best = first;
      let bestKm = haversineKmRaw(lon, lat, lons[first]!, lats[first]!);
      const [west, south, east, north] = sphericalSearchBox(lon, lat, bestKm);
      for (const i of index.search(west, south, east, north, isEligible)) {
        const km = haversineKmRaw(lon, lat, lons[i]!, lats[i]!);
        if (km < bestKm) {
          bestKm = km;
          best = i;
        }
      }
      return { index: best, distanceKm: bestKm };
    },
    nearestFew(lon, lat, count, withinFactor = Infinity) {
      if (pointCount === 0 || count < 1) return [];
      const km = (i: number) => haversineKmRaw(lon, lat, lons[i]!, lats[i]!);
      // The farthest planar candidate bounds the true k-th nearest distance (and, times the factor,
      // every distance within the factor of the true nearest): its spherical box holds them all.
      const planar = index.neighbors(lon, lat, Number.isFinite(withinFactor) ? 1 : count);
      let radiusKm = 0;
      for (const i of planar) radiusKm = Math.max(radiusKm, km(i));
      if (Number.isFinite(withinFactor)) radiusKm *= withinFactor;
      const [west, south, east, north] = sphericalSearchBox(lon, lat, radiusKm * (1 + 1e-9) + 1e-9);
      const hits = index
        .search(west, south, east, north)
        .map((i) => ({ index: i, distanceKm: km(i) }));
      hits.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index);
      if (!Number.isFinite(withinFactor)) return hits.slice(0, count);
      const limitKm = hits[0]!.distanceKm * withinFactor;
      return hits.filter((hit) => hit.distanceKm <= limitKm).slice(0, count);
    },
  };
}
