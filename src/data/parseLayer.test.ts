import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../domain/layerFamilies';
import { parseLayer } from './parseLayer';
import { deepFreeze } from '../domain/testing/deepFreeze';
import { makeFeature, point } from './testing/makeFeature';

const collection = (features: unknown[]) => deepFreeze({ type: 'FeatureCollection', features });

describe('parseLayer', () => {
  it('keeps the valid features and reports the dropped ones', () => {
    const { records, issues } = parseLayer(
      'network_nodes',
      collection([
        makeFeature(point(1, 2), { id: 'A', kind: 'ixp' }),
        makeFeature(null, { id: 'B' }),
        makeFeature(point(3, 4), { id: 'C', kind: 'ixp' }),
      ]),
    );
    expect(records.map((r) => r.id)).toEqual(['A', 'C']);
    expect(issues).toEqual([{ severity: 'error', message: expect.stringContaining('network_nodes feature #1 (id B)') }]);
  });

  it('drops later features whose id repeats an earlier one, with an error', () => {
    const { records, issues } = parseLayer(
      'power_plants',
      collection([
        makeFeature(point(1, 2), { id: 'P', name: 'First' }),
        makeFeature(point(3, 4), { id: 'Q' }),
        makeFeature(point(5, 6), { id: 'P', name: 'Second' }),
      ]),
    );
    expect(records.map((r) => r.name)).toEqual(['First', 'Test feature']);
    expect(issues).toEqual([
      {
        severity: 'error',
        message: 'power_plants feature #2 (id P): duplicate id, already used by feature #0; feature dropped',
      },
    ]);
  });

  it('gives one error and no records for something that is not a FeatureCollection', () => {
    expect(parseLayer('hubs', [])).toEqual({
      records: [],
      issues: [{ severity: 'error', message: 'hubs layer is not a GeoJSON FeatureCollection (not an object)' }],
    });
    expect(parseLayer('hubs', { type: 'Feature' }).issues[0]?.message).toContain("type is 'Feature'");
  });

  it('dispatches each layer id to its own parser', () => {
    const line = { type: 'LineString', coordinates: [[1, 2], [3, 4]] };
    const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const geometryFor = { regions: square, power_lines: line, fibre_routes: line } as Record<string, unknown>;
    for (const layerId of LAYER_IDS) {
      const json = collection([makeFeature(geometryFor[layerId] ?? point(1, 2), { id: 'X' })]);
      const { records } = parseLayer(layerId, json);
      expect(records, layerId).toHaveLength(1);
    }
    const asPoint = parseLayer('regions', collection([makeFeature(point(1, 2), { id: 'X' })]));
    expect(asPoint.records).toHaveLength(0);
  });

  it('never throws, whatever the input, and every issue has a severity and a message', () => {
    const layerId = fc.constantFrom(...LAYER_IDS);
    const feature = fc.record({
      type: fc.constantFrom('Feature', 'Point', undefined),
      geometry: fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('Point', 'LineString'), coordinates: fc.anything() })),
      properties: fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('id', 'name', 'kind', 'capacity_mw', 'approx'), fc.anything())),
    });
    const json = fc.oneof(fc.anything(), fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature) }));
    fc.assert(
      fc.property(layerId, json, (id, value) => {
        const { records, issues } = parseLayer(id, value);
        expect(records.every((r) => typeof r.id === 'string')).toBe(true);
        expect(issues.every((i) => i.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
