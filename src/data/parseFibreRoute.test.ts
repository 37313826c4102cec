import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature } from './testing/makeFeature';

const parseFibreRoute = FEATURE_PARSERS.fibre_routes;

const path = [
  [106.45, 26.42],
  [121.5, 31.2],
];

describe('parseFibreRoute', () => {
  it('normalises a LineString route to MultiLineString', () => {
    const feature = makeFeature({ type: 'LineString', coordinates: path }, {
      id: 'FR-1',
      kind: 'hub_direct_link',
      operator: 'Example',
      capacity_tbps: 100,
    });
    expect(parseFibreRoute(feature, 0).record).toMatchObject({
      geometry: { type: 'MultiLineString', coordinates: [path] },
      kind: 'hub_direct_link',
      operator: 'Example',
      capacityTbps: 100,
    });
  });

  it("reads a missing kind as 'other' and drops a route with a one-point path", () => {
    const ok = parseFibreRoute(makeFeature({ type: 'MultiLineString', coordinates: [path] }, { id: 'FR-2' }), 0);
    expect(ok.record?.kind).toBe('other');
    const bad = parseFibreRoute(makeFeature({ type: 'LineString', coordinates: [path[0]] }, { id: 'FR-3' }), 1);
    expect(bad.record).toBeUndefined();
    expect(bad.issues[0]?.severity).toBe('error');
  });
});
