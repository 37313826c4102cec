// Points on the sphere for block queries: unit vectors, a flatbush index for box searches and the
// exact nearest-point index of domain/geo; built once per point list.
import Flatbush from 'flatbush';
import { EARTH_RADIUS_KM } from '../geo/haversineKm';
import { createPointIndex, type PointIndex } from '../geo/createPointIndex';
import { sphericalSearchBox } from '../geo/sphericalSearchBox';
import { unitVector } from '../geo/unitVector';
import { angleBetween } from './cellBlocks';

export interface PointSet {
  readonly count: number;
  readonly xyz: Float64Array;
  readonly nearest: PointIndex;
  /** Indices of the points within `km` (inclusive) of lon/lat, in index order. */
  within(lon: number, lat: number, km: number): number[];
}

export function createPointSet(lons: readonly number[], lats: readonly number[]): PointSet {
  const count = lons.length;
  const xyz = new Float64Array(3 * count);
  const index = new Flatbush(Math.max(1, count));
  for (let i = 0; i < count; i++) {
    unitVector(lons[i]!, lats[i]!, xyz, 3 * i);
    index.add(lons[i]!, lats[i]!);
  }
  if (count === 0) index.add(0, 0);
  index.finish();
  const centre = new Float64Array(3);
  return {
    count,
    xyz,
    nearest: createPointIndex(lons, lats),
    within(lon, lat, km) {
      if (count === 0) return [];
      const [w, s, e, n] = sphericalSearchBox(lon, lat, km * (1 + 1e-9) + 1e-9);
      unitVector(lon, lat, centre);
      const limit = km / EARTH_RADIUS_KM;
      return index
        .search(w, s, e, n)
        .filter((i) => angleBetween(centre, 0, xyz, 3 * i) <= limit)
        .sort((a, b) => a - b);
    },
  };
}
