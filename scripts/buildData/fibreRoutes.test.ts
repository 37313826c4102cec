import { describe, expect, it } from 'vitest';
import { buildFibreRoutes, fibreStart, parseCityCoords } from './fibreRoutes';

const row = {
  id: 'FB-V1',
  name_en: 'Mudanjiang–Shanghai–Guangzhou',
  name_zh: '牡丹江—上海—广州',
  kind: 'national_backbone_8x8',
  cities: 'Mudanjiang;Shanghai;Guangzhou',
  city_coords: '129.63 44.55;121.47 31.23;113.26 23.13',
  schematic: 'yes',
  operator: 'China Telecom',
  year: '1990s',
  source: 'a page',
  verified: 'recalled',
  notes: '',
};

describe('buildFibreRoutes', () => {
  it('draws a schematic line through the cities in order', () => {
    const [route] = buildFibreRoutes([row]);
    expect(route?.geometry.coordinates).toEqual([
      [129.63, 44.55],
      [121.47, 31.23],
      [113.26, 23.13],
    ]);
    expect(route?.properties.approx).toBe(true);
    expect(route?.properties.cities).toEqual(['Mudanjiang', 'Shanghai', 'Guangzhou']);
  });

  it('maps the source kinds onto the schema kinds and keeps the source word in the notes', () => {
    const kinds = [
      'national_backbone_8x8',
      'other',
      'hub_direct_link',
      'international_gateway_route',
    ].map((kind) => buildFibreRoutes([{ ...row, kind }])[0]?.properties.kind);
    expect(kinds).toEqual(['backbone', 'backbone', 'hub_direct_link', 'international']);
    expect(buildFibreRoutes([row])[0]?.properties.notes).toContain(
      'source kind: national_backbone_8x8',
    );
  });

  it('keeps a decade as a note rather than a year', () => {
    const [route] = buildFibreRoutes([row]);
    expect(route?.properties).not.toHaveProperty('year');
    expect(route?.properties.notes).toContain('year: 1990s');
    expect(buildFibreRoutes([{ ...row, year: '2018' }])[0]?.properties.year).toBe(2018);
  });

  it('fails when the cities and their coordinates do not pair up', () => {
    expect(() => buildFibreRoutes([{ ...row, cities: 'Mudanjiang;Shanghai' }])).toThrow(/FB-V1/);
    expect(() => parseCityCoords('129.63;121.47 31.23', 'x')).toThrow(/bad pair/);
  });
});

describe('fibreStart', () => {
  it('dates a decade to its last year, inferred, and a plain year to the year', () => {
    expect(fibreStart('1990s')).toEqual({ year: 1999, precision: 'inferred' });
    expect(fibreStart('2012')).toEqual({ year: 2012, precision: 'year' });
    expect(fibreStart('')).toBeUndefined();
  });
});
