import { describe, expect, it } from 'vitest';
import { telegeographyCables } from './telegeographyCables';
import { telegeographyLandingPoints } from './telegeographyLandingPoints';

const line = (slug: string, coordinates: number[][][]) => ({
  type: 'Feature',
  geometry: { type: 'MultiLineString', coordinates },
  properties: { slug, color: 'ff0000' },
});
const CABLES = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    line('sea-cable-1', [[[120, 30], [125, 31]]]),
    line('sea-cable-1', [[[130, 32], [131, 33]]]),
    line('other-cable', [[[100, 10], [101, 11]]]),
  ],
});
const LANDINGS = JSON.stringify({
  type: 'FeatureCollection',
  features: [1, 2].map(() => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [121.4, 31.6] },
    properties: { slug: 'chongming-china', name: 'Chongming, China', id: 5802 },
  })),
});

describe('the TeleGeography importers', () => {
  it('tell cable routes from landing points', () => {
    expect(telegeographyCables.detect(JSON.parse(CABLES))).toBe(true);
    expect(telegeographyCables.detect(JSON.parse(LANDINGS))).toBe(false);
    expect(telegeographyLandingPoints.detect(JSON.parse(LANDINGS))).toBe(true);
    expect(telegeographyLandingPoints.detect(JSON.parse(CABLES))).toBe(false);
  });

  it('merge the routes of one cable and name it from the companion list', () => {
    const companionText = JSON.stringify([{ id: 'sea-cable-1', name: 'Sea Cable 1 (SC1)' }]);
    const { featureCollection, report } = telegeographyCables.import(CABLES, { companionText });
    expect(featureCollection.features).toHaveLength(2);
    expect(featureCollection.features[0]?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [[[120, 30], [125, 31]], [[130, 32], [131, 33]]],
    });
    expect(featureCollection.features[0]?.properties).toMatchObject({
      id: 'sea-cable-1',
      name: 'Sea Cable 1 (SC1)',
      kind: 'submarine',
      approx: true,
    });
    expect(featureCollection.features[1]?.properties?.name).toBe('Other Cable');
    expect(report.fixed).toContainEqual(expect.objectContaining({ reason: 'duplicates_merged', count: 1 }));
  });

  it('keep one landing station per slug', () => {
    const { featureCollection, layerId } = telegeographyLandingPoints.import(LANDINGS);
    expect(layerId).toBe('network_nodes');
    expect(featureCollection.features.map((f) => f.properties)).toEqual([
      expect.objectContaining({ id: 'chongming-china', kind: 'landing_station', name: 'Chongming, China' }),
    ]);
  });

  it('report broken JSON instead of throwing', () => {
    expect(telegeographyCables.import('{"type":').report.fatalReason).toBe('not_json');
  });
});
