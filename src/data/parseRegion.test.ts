import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature } from './testing/makeFeature';

const parseRegion = FEATURE_PARSERS.regions;

const box = {
  type: 'Polygon',
  coordinates: [
    [
      [104, 24],
      [110, 24],
      [110, 30],
      [104, 30],
      [104, 24],
    ],
  ],
};

describe('parseRegion', () => {
  it('collects numeric properties outside the common set as statistics', () => {
    const feature = makeFeature(box, {
      id: 'CN-GZ',
      gb_code: '520000',
      label_lon: 106.7,
      label_lat: 26.8,
      population_10k: 3865,
      coal_capacity_gw: 37.5,
      capital: 'Guiyang',
    });
    const { record, issues } = parseRegion(feature, 0);
    expect(record).toMatchObject({
      id: 'CN-GZ',
      gbCode: '520000',
      geometry: box,
      labelPosition: [106.7, 26.8],
      stats: { population_10k: 3865, coal_capacity_gw: 37.5 },
    });
    expect(Object.keys(record?.stats ?? {})).toEqual(['population_10k', 'coal_capacity_gw']);
    expect(issues).toEqual([]);
  });

  it('leaves an absent statistic out rather than zero', () => {
    const { record } = parseRegion(makeFeature(box, { id: 'CN-SH', population_10k: null }), 0);
    expect(record?.stats).toEqual({});
  });

  it('falls back to the bounding-box centre when the label point is absent or half given', () => {
    expect(parseRegion(makeFeature(box, { id: 'A' }), 0).record?.labelPosition).toEqual([107, 27]);
    const half = parseRegion(makeFeature(box, { id: 'B', label_lon: 106 }), 1);
    expect(half.record?.labelPosition).toEqual([107, 27]);
    expect(half.issues[0]?.message).toContain('label_lon/label_lat is not a valid lon/lat pair');
  });

  it('accepts a numeric gb_code as text and drops a region without polygons', () => {
    expect(parseRegion(makeFeature(box, { id: 'A', gb_code: 520000 }), 0).record?.gbCode).toBe('520000');
    const point = parseRegion(makeFeature({ type: 'Point', coordinates: [1, 2] }, { id: 'P' }), 2);
    expect(point.record).toBeUndefined();
    expect(point.issues[0]).toMatchObject({ severity: 'error' });
  });
});
