import { describe, expect, it } from 'vitest';
import type { Hub } from '../../domain/atlas';
import { fixtureAtlas } from '../testing/fixtureAtlas';
import { CLUSTER_LABEL_MIN_ZOOM, hubsFamily } from './hubs';

const hub = fixtureAtlas.hubs[0]!;
const cluster: Hub = { ...hub, id: 'cluster', type: 'cluster', parentHubId: hub.id };
const spec = hubsFamily.labels!;

describe('hub labels', () => {
  it('name hubs but not clusters at the national view', () => {
    expect(spec.sizePx(hub, CLUSTER_LABEL_MIN_ZOOM - 1)).toBeGreaterThan(0);
    expect(spec.sizePx(cluster, CLUSTER_LABEL_MIN_ZOOM - 1)).toBe(0);
  });

  it('name clusters too once zoomed in', () => {
    expect(spec.sizePx(cluster, CLUSTER_LABEL_MIN_ZOOM)).toBeGreaterThan(0);
  });

  it('are placed before province names, clusters after them', () => {
    expect(spec.priority(hub)).toBeLessThan(1);
    expect(spec.priority(cluster)).toBeGreaterThan(1);
  });
});
