import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature } from './testing/makeFeature';

const parsePowerLine = FEATURE_PARSERS.power_lines;

const line = {
  type: 'LineString',
  coordinates: [
    [106.7, 26.6],
    [121.4, 31.1],
  ],
};

describe('parsePowerLine', () => {
  it('reads a ±800 kV DC line with its end regions', () => {
    const feature = makeFeature(line, {
      id: 'PL-1',
      current: 'DC',
      voltage_kv: 800,
      capacity_gw: 8,
      status: 'operating',
      year: 2016,
      operator: 'Grid',
      length_km: 1900,
      end_region_ids: ['CN-GZ', 'CN-SH'],
    });
    expect(parsePowerLine(feature, 0)).toEqual({
      record: expect.objectContaining({
        geometry: { type: 'MultiLineString', coordinates: [line.coordinates] },
        current: 'DC',
        voltageKv: 800,
        capacityGw: 8,
        status: 'operating',
        lengthKm: 1900,
        endRegionIds: ['CN-GZ', 'CN-SH'],
      }),
      issues: [],
    });
  });

  it('drops an unknown current and end_region_ids of the wrong length with warnings', () => {
    const feature = makeFeature(line, { id: 'PL-2', current: 'HVDC', end_region_ids: ['CN-GZ'] });
    const { record, issues } = parsePowerLine(feature, 0);
    expect(record?.current).toBeUndefined();
    expect(record?.endRegionIds).toBeUndefined();
    expect(record?.status).toBe('unknown');
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('end_region_ids has 1 ids, expected 2'),
      expect.stringContaining("current is 'HVDC'"),
    ]);
  });
});
