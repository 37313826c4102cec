// Names a place by its nearest city (GeoNames points of the cities layer); the data holds no
// county names, so none is given.
import type { City, LonLat } from '../atlas';
import { createPointIndex, type PointIndex } from '../geo/createPointIndex';

export interface PlaceName {
  readonly name: string;
  readonly nameZh?: string;
  readonly distanceKm: number;
}

const indexes = new WeakMap<readonly City[], PointIndex>();

/** The nearest city to each position, or undefined when there are no cities. */
export function nearestPlaces(positions: readonly LonLat[], cities: readonly City[]) {
  let index = indexes.get(cities);
  if (!index) {
    index = createPointIndex(
      cities.map((c) => c.position[0]),
      cities.map((c) => c.position[1]),
    );
    indexes.set(cities, index);
  }
  return positions.map(([lon, lat]): PlaceName | undefined => {
    const hit = index.nearest(lon, lat);
    const city = hit && cities[hit.index];
    if (!hit || !city) return undefined;
    return city.nameZh
      ? { name: city.name, nameZh: city.nameZh, distanceKm: hit.distanceKm }
      : { name: city.name, distanceKm: hit.distanceKm };
  });
}
