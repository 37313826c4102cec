// Hubs and clusters as rings (a hub wide and heavy, a cluster small and thin), dashed when
// approximate; their names sit under the ring in a separate label layer drawn on top.
import type { Layer } from '@deck.gl/core';
import type { Hub } from '../../domain/atlas';
import { HUB_STYLES, hubFill, hubRing } from '../style/hubStyle';
import { circleLayer } from './circleLayer';
import { labelLayer } from './labelLayer';
import type { LayerOptions } from './layerOptions';

export function hubsLayers(hubs: readonly Hub[], options: LayerOptions<Hub>): Layer[] {
  const style = {
    radiusPx: (hub: Hub) => HUB_STYLES[hub.type].radiusPx,
    fill: (hub: Hub) => hubFill(hub, options.theme),
    outline: (hub: Hub) => hubRing(hub, options.theme),
    outlineWidthPx: (hub: Hub) => HUB_STYLES[hub.type].lineWidthPx,
    filled: false,
  };
  return circleLayer('hubs', hubs, style, options);
}

/** Below this zoom only hub names are drawn; cluster names would crowd the national view. */
export const CLUSTER_LABEL_MIN_ZOOM = 5;

/** Hub and cluster names, under each ring (id `hubs:labels`). */
export function hubLabelsLayers(hubs: readonly Hub[], options: LayerOptions<Hub>): Layer[] {
  const showClusters = (options.zoom ?? CLUSTER_LABEL_MIN_ZOOM) >= CLUSTER_LABEL_MIN_ZOOM;
  const style = {
    position: (hub: Hub) => hub.position,
    sizePx: (hub: Hub) => (hub.type === 'hub' ? 13 : showClusters ? 10 : 0),
    sizeKey: showClusters,
    offsetPx: (hub: Hub) => [0, HUB_STYLES[hub.type].radiusPx + 9] as const,
    weight: 'bold' as const,
  };
  return [labelLayer('hubs:labels', hubs, style, options)];
}
