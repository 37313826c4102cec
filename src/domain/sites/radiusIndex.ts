// Sums and counts of weighted points within a great-circle radius, exact: a flatbush box query
// holding the spherical cap, then a haversine test of each point in the box.
import { pointFlatbush } from '../geo/createPointIndex';
import { haversineKmRaw } from '../geo/haversineKm';
import { sphericalSearchBox } from '../geo/sphericalSearchBox';

export interface RadiusIndex {
  readonly pointCount: number;
  /** Sum of the weights of the points within `radiusKm` (inclusive) of lon/lat, degrees. */
  sumWithinKm(lon: number, lat: number, radiusKm: number): number;
}

/** Indexes points (lons[i], lats[i]) in degrees carrying weights[i] (1 each when absent). */
export function createRadiusIndex(
  lons: ArrayLike<number>,
  lats: ArrayLike<number>,
  weights?: ArrayLike<number>,
): RadiusIndex {
  const pointCount = lons.length;
  const index = pointFlatbush(lons, lats);
  return {
    pointCount,
    sumWithinKm(lon, lat, radiusKm) {
      if (pointCount === 0) return 0;
      const [w, s, e, n] = sphericalSearchBox(lon, lat, radiusKm * (1 + 1e-9));
      let sum = 0;
      for (const i of index.search(w, s, e, n)) {
        if (haversineKmRaw(lon, lat, lons[i]!, lats[i]!) <= radiusKm)
          sum += weights ? weights[i]! : 1;
      }
      return sum;
    },
  };
}
