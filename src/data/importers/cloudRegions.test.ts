import { describe, expect, it } from 'vitest';
import { cloudRegionsCsv } from './cloudRegionsCsv';
import { cloudRegionsJson } from './cloudRegionsJson';

const CSV = [
  'metro_area,country,latitude,longitude,provider,cloud_region_name,cloud_region,zones,in_service',
  'Beijing,China,39.9,116.4,Alibaba Cloud,China North 2 (Beijing),cn-beijing,12,True',
  'Beijing,China,40.0,116.5,Alibaba Cloud,China North 2 (Beijing),cn-beijing,12,True',
  'Ningxiang,China,28.275,112.552,Amazon Web Services,China (Ningxia),cn-northwest-1,3,True',
  'Jakarta,Indonesia,-6.17,106.8,Microsoft Azure,Indonesia Central,indonesiacentral,3,False',
].join('\n');

const JSON_TEXT = JSON.stringify({
  name: 'Cloud Regions',
  cloud_regions: [
    {
      metro_area: 'Ulanqab',
      country: 'China',
      latitude: '40.99',
      longitude: '113.13',
      cloud_service_providers: [
        { name: 'Huawei Cloud', cloud_region_name: 'CN North Ulanqab1 ', cloud_region: 'cn-north-9', zones: '3', in_service: true },
      ],
    },
  ],
});

describe('the cloud-region importers', () => {
  it('recognise their own formats only', () => {
    expect(cloudRegionsCsv.detect(CSV.split('\n')[0]?.split(','))).toBe(true);
    expect(cloudRegionsCsv.detect(['name', 'lat', 'lon'])).toBe(false);
    expect(cloudRegionsJson.detect(JSON.parse(JSON_TEXT))).toBe(true);
    expect(cloudRegionsJson.detect({ type: 'FeatureCollection', features: [] })).toBe(false);
  });

  it('merge a repeated metro point, correct AWS Ningxia and mark regions not in service as planned', () => {
    const { featureCollection, report } = cloudRegionsCsv.import(CSV);
    const byId = new Map(featureCollection.features.map((f) => [f.properties?.id, f]));
    expect([...byId.keys()]).toEqual([
      'alibaba-cloud-cn-beijing',
      'amazon-web-services-cn-northwest-1',
      'microsoft-azure-indonesiacentral',
    ]);
    expect(byId.get('alibaba-cloud-cn-beijing')?.geometry).toEqual({ type: 'Point', coordinates: [116.4, 39.9] });
    expect(byId.get('amazon-web-services-cn-northwest-1')?.geometry).toEqual({ type: 'Point', coordinates: [105.2, 37.5] });
    expect(byId.get('microsoft-azure-indonesiacentral')?.properties?.status).toBe('planned');
    expect(report.fixed.map((e) => e.reason)).toEqual(['duplicates_merged', 'known_source_error_corrected']);
  });

  it('read string coordinates of the JSON list into data centres', () => {
    const { featureCollection, layerId } = cloudRegionsJson.import(JSON_TEXT);
    expect(layerId).toBe('datacentres');
    expect(featureCollection.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [113.13, 40.99] },
      properties: {
        id: 'huawei-cloud-cn-north-9',
        name: 'Huawei Cloud CN North Ulanqab1',
        operator: 'Huawei Cloud',
        kind: 'cloud_region',
        status: 'operating',
        source: 'TeleGeography Cloud Infrastructure Map (via agonza05/cloudregioncodes)',
        approx: true,
        notes: 'Metro: Ulanqab, China; zones: 3',
      },
    });
  });
});
