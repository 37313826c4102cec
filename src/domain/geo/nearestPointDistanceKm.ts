// Distance from each point to the nearest of a set of places (e.g. backbone network nodes),
// exact in great-circle km. The index is built once per places array and reused (WeakMap).
import type { LonLat } from '../atlas';
import { createPointIndex, type PointIndex } from './createPointIndex';

const indexCache = new WeakMap<readonly { position: LonLat }[], PointIndex>();

function indexOf(places: readonly { position: LonLat }[]): PointIndex {
  let index = indexCache.get(places);
  if (!index) {
    index = createPointIndex(
      places.map((place) => place.position[0]),
      places.map((place) => place.position[1]),
    );
    indexCache.set(places, index);
  }
  return index;
}

/**
 * Great-circle distance in km from each point to the nearest place for which `isEligible`
 * holds (all by default), in input order; `undefined` where no place is eligible.
 */
export function nearestPointDistanceKm<P extends { position: LonLat }>(
  points: readonly LonLat[],
  places: readonly P[],
  isEligible: (place: P) => boolean = () => true,
): (number | undefined)[] {
  const eligible = places.map(isEligible);
  if (!eligible.includes(true)) return points.map(() => undefined);
  const index = indexOf(places);
  const keep = (i: number) => eligible[i] === true;
  return points.map(([lon, lat]) => index.nearest(lon, lat, keep)?.distanceKm);
}
