import { describe, expect, it } from 'vitest';
import { parseLayer } from '../../data';
import { LAYER_IDS } from '../../domain/layerFamilies';
import { fixtureAtlas } from '../../map/testing/fixtureAtlas';
import { recordToFeature } from '../../data/recordToFeature';

describe('recordToFeature', () => {
  it.each(LAYER_IDS.filter((id) => fixtureAtlas[id].length > 0))(
    'writes %s records that parseLayer reads back unchanged',
    (layerId) => {
      const records = fixtureAtlas[layerId];
      const features = records.map((record) => recordToFeature(layerId, record));
      const parsed = parseLayer(layerId, { type: 'FeatureCollection', features });
      expect(parsed.records).toEqual(records);
    },
  );

  it('uses the file schema’s snake_case names and leaves absent values out', () => {
    const feature = recordToFeature('datacentres', {
      id: 'dc-1',
      name: 'Campus',
      nameZh: '园区',
      source: 's',
      approx: true,
      position: [106.6, 26.4],
      kind: 'cloud_region',
      status: 'operating',
      capacityMw: 120,
      designPue: undefined,
      yearOpened: 2019,
    });
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [106.6, 26.4] });
    expect(feature.properties).toEqual({
      id: 'dc-1',
      name: 'Campus',
      name_zh: '园区',
      source: 's',
      approx: true,
      kind: 'cloud_region',
      status: 'operating',
      capacity_mw: 120,
      year_opened: 2019,
    });
  });

  it('spreads region statistics and the label point into properties', () => {
    const region = fixtureAtlas.regions[0];
    if (!region) throw new Error('fixture has a region');
    const feature = recordToFeature('regions', { ...region, stats: { population_10k: 3865 } });
    expect(feature.properties).toMatchObject({
      population_10k: 3865,
      label_lon: region.labelPosition[0],
      label_lat: region.labelPosition[1],
    });
    expect(feature.properties).not.toHaveProperty('stats');
    expect(feature.geometry?.type).toBe(region.geometry.type);
  });
});
