import { describe, expect, it } from 'vitest';
import { buildCities, type GeoNamesCity } from './cities';

const city = (cityId: number, country: string, population: number): GeoNamesCity => ({
  cityId,
  name: `City ${cityId}`,
  country,
  featureCode: 'PPLA2',
  population,
  loc: { coordinates: [110 + cityId / 10, 30] },
});

describe('buildCities', () => {
  it('keeps places of China, Hong Kong, Macao and Taiwan of at least 15,000 people, largest first', () => {
    const features = buildCities([
      city(1, 'CN', 20_000),
      city(2, 'CN', 14_999),
      city(3, 'VN', 900_000),
      city(4, 'HK', 7_000_000),
      city(5, 'TW', 20_000),
    ]);
    expect(features.map((f) => f.properties.id)).toEqual(['GN4', 'GN1', 'GN5']);
  });

  it('writes population, country, feature code and a GeoNames source on each point', () => {
    const [feature] = buildCities([city(7, 'CN', 50_000)]);
    expect(feature?.properties).toMatchObject({
      id: 'GN7',
      population: 50_000,
      country_code: 'CN',
      feature_code: 'PPLA2',
      approx: false,
    });
    expect(String(feature?.properties.source)).toContain('geonames.org/7');
    expect(feature?.geometry.coordinates).toEqual([110.7, 30]);
  });
});
