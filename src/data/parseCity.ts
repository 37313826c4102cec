// Cities (GeoNames points): Point features with their population where known (absent stays
// absent: a city of unknown size adds nothing to a population sum and is not counted as 0).
import type { City } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parseCity: LayerParser<City> = defineFeatureParser(
  readPoint,
  ({ common, geometry, read }) => ({
    ...common,
    position: geometry,
    population: read.number('population'),
    countryCode: read.string('country_code'),
    featureCode: read.string('feature_code'),
  }),
);
