import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature, point } from './testing/makeFeature';

const parseHub = FEATURE_PARSERS.hubs;

describe('parseHub', () => {
  it('reads a cluster with its parent hub, regions and targets', () => {
    const feature = makeFeature(point(106.4, 26.4), {
      id: 'CL-GA',
      type: 'cluster',
      role: 'west_supply',
      parent_hub_id: 'HUB-GZ',
      region_ids: ['CN-GZ'],
      pue_target_max: 1.2,
      rack_utilisation_target_min_pct: 65,
      latency_target_ms: 20,
      approved: '2022-02',
    });
    expect(parseHub(feature, 0)).toEqual({
      record: expect.objectContaining({
        type: 'cluster',
        role: 'west_supply',
        parentHubId: 'HUB-GZ',
        regionIds: ['CN-GZ'],
        pueTargetMax: 1.2,
        rackUtilisationTargetMinPct: 65,
        latencyTargetMs: 20,
        approved: '2022-02',
      }),
      issues: [],
    });
  });

  it('infers a missing type from the parent hub and defaults region ids to an empty list', () => {
    const cluster = parseHub(makeFeature(point(1, 2), { id: 'C', parent_hub_id: 'H' }), 0);
    const hub = parseHub(makeFeature(point(1, 2), { id: 'H', type: 'centre' }), 1);
    expect(cluster.record).toMatchObject({ type: 'cluster', regionIds: [] });
    expect(hub.record?.type).toBe('hub');
    expect(cluster.issues[0]?.message).toBe("hubs feature #0 (id C): type is missing; read as 'cluster'");
    expect(hub.issues.map((i) => i.message)).toContainEqual("hubs feature #1 (id H): type 'centre' read as 'hub'");
  });
});
