import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat';

const kindOf = (fileName: string, text: string) => {
  const guess = detectFormat(fileName, text);
  return guess.kind === 'importer' ? guess.importer.id : guess.kind;
};

describe('detectFormat', () => {
  it('sends known CSV headers to their importer and others to the generic CSV reader', () => {
    expect(kindOf('plants.csv', 'gppd_idnr,name,primary_fuel,capacity_mw,latitude,longitude\n')).toBe('wri_gppd');
    expect(kindOf('regions.csv', '\uFEFFmetro_area,latitude,longitude,provider,cloud_region\n')).toBe('cloud_regions_csv');
    expect(kindOf('sites.csv', 'name,lat,lon\nA,1,2\n')).toBe('csv');
    expect(kindOf('sites.txt', 'name;lat;lon\n')).toBe('csv');
  });

  it('sends known JSON shapes to their importer and other JSON to the GeoJSON validator', () => {
    const cables = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'MultiLineString', coordinates: [] }, properties: { slug: 'a', color: 'fff' } }] };
    expect(kindOf('cable-geo.json', JSON.stringify(cables))).toBe('telegeography_cables');
    expect(kindOf('x.json', JSON.stringify({ cloud_regions: [{ metro_area: 'A', cloud_service_providers: [] }] }))).toBe('cloud_regions_json');
    expect(kindOf('x.geojson', '{"type":"FeatureCollection","features":[]}')).toBe('geojson');
  });

  it('sends broken or oddly named JSON to the validator, which explains it', () => {
    expect(kindOf('x.geojson', '{"type":')).toBe('geojson');
    expect(kindOf('data', ' [1, 2]')).toBe('geojson');
    expect(kindOf('x.json', 'not json')).toBe('geojson');
  });
});
