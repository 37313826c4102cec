import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { Hub } from '../../domain/atlas';
import { fixtureAtlas } from '../testing/fixtureAtlas';
import { CLUSTER_LABEL_MIN_ZOOM, hubsFamily } from './hubs';

const hubLabelsLayers = (
  hubs: Hub[],
  options: Parameters<NonNullable<typeof hubsFamily.labels>>[2],
) => hubsFamily.labels!('hubs', hubs, options);

const hub = fixtureAtlas.hubs[0]!;
const cluster: Hub = { ...hub, id: 'cluster', type: 'cluster', parentHubId: hub.id };
const sizeOf = (layer: Layer, record: Hub) =>
  (layer.props as unknown as { getSize: (r: Hub) => number }).getSize(record);
const options = (zoom: number) => ({ lang: 'en', theme: 'light', visible: true, zoom }) as const;

describe('hubLabelsLayers', () => {
  it('names hubs but not clusters at the national view', () => {
    const [layer] = hubLabelsLayers([hub, cluster], options(CLUSTER_LABEL_MIN_ZOOM - 1));
    expect(sizeOf(layer!, hub)).toBeGreaterThan(0);
    expect(sizeOf(layer!, cluster)).toBe(0);
  });

  it('names clusters too once zoomed in', () => {
    const [layer] = hubLabelsLayers([hub, cluster], options(CLUSTER_LABEL_MIN_ZOOM));
    expect(sizeOf(layer!, cluster)).toBeGreaterThan(0);
  });
});
