import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature, point } from './testing/makeFeature';

const parseDataCentre = FEATURE_PARSERS.datacentres;

describe('parseDataCentre', () => {
  it('turns a good feature into a DataCentre record', () => {
    const feature = makeFeature(point(106.45, 26.42), {
      id: 'DC-001',
      region_id: 'CN-GZ',
      operator: 'Example Telecom',
      kind: 'hyperscale_campus',
      status: 'operating',
      capacity_mw: 120,
      racks: 30000,
      servers: 400000,
      design_pue: 1.2,
      hub_cluster_id: 'CL-GA',
      year_opened: 2019,
    });
    expect(parseDataCentre(feature, 0)).toEqual({
      record: {
        id: 'DC-001',
        name: 'Test feature',
        nameZh: '测试',
        source: 'hand-made',
        approx: true,
        regionId: 'CN-GZ',
        position: [106.45, 26.42],
        operator: 'Example Telecom',
        kind: 'hyperscale_campus',
        status: 'operating',
        capacityMw: 120,
        racks: 30000,
        servers: 400000,
        designPue: 1.2,
        hubClusterId: 'CL-GA',
        yearOpened: 2019,
      },
      issues: [],
    });
  });

  it('keeps missing numbers undefined and leaves their keys out of the record', () => {
    const { record } = parseDataCentre(makeFeature(point(1, 2), { id: 'DC-2', kind: 'colocation' }), 0);
    expect(record?.capacityMw).toBeUndefined();
    expect(record && 'capacityMw' in record).toBe(false);
    expect(record?.status).toBe('unknown');
  });

  it('drops a bad number with a warning naming the feature and keeps the rest', () => {
    const feature = makeFeature(point(1, 2), { id: 'DCF012', capacity_mw: 'abc', racks: 10 });
    const { record, issues } = parseDataCentre(feature, 12);
    expect(record).toMatchObject({ id: 'DCF012', racks: 10 });
    expect(record?.capacityMw).toBeUndefined();
    expect(issues).toContainEqual({
      severity: 'warning',
      message: "datacentres feature #12 (id DCF012): capacity_mw is 'abc', expected a number; value dropped",
    });
  });

  it('reads unknown kind and status as other and unknown with warnings', () => {
    const feature = makeFeature(point(1, 2), { id: 'DC-3', kind: 'quantum_farm', status: 'mothballed' });
    const { record, issues } = parseDataCentre(feature, 0);
    expect(record).toMatchObject({ kind: 'other', status: 'unknown' });
    expect(issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
  });

  it('drops a feature with a missing or wrong geometry with an error', () => {
    for (const geometry of [null, { type: 'Polygon', coordinates: [] }, point(500, 0)]) {
      const { record, issues } = parseDataCentre(makeFeature(geometry, { id: 'DC-4' }), 7);
      expect(record).toBeUndefined();
      expect(issues).toEqual([
        { severity: 'error', message: expect.stringMatching(/^datacentres feature #7 \(id DC-4\): geometry .*feature dropped$/) },
      ]);
    }
  });

  it('drops something that is not a Feature', () => {
    expect(parseDataCentre({ type: 'Point', coordinates: [1, 2] }, 0).issues[0]?.message).toBe(
      'datacentres feature #0: is not a GeoJSON Feature; dropped',
    );
    expect(parseDataCentre({ type: 'Feature', geometry: point(1, 2) }, 1).record).toBeUndefined();
  });
});
