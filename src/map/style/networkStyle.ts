// Fibre routes coloured by kind and network nodes as small diamonds coloured by kind.
import type { FibreRoute, NetworkNode } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { FIBRE_PALETTE, NETWORK_NODE_PALETTE } from '../palette';

export function fibreRouteColour(route: Pick<FibreRoute, 'kind'>): Rgba {
  return hexToRgba(FIBRE_PALETTE[route.kind].colour);
}

/** Backbone and hub links read a little heavier than the rest (pixels). */
export function fibreRouteWidthPx(route: Pick<FibreRoute, 'kind'>): number {
  return route.kind === 'backbone' || route.kind === 'hub_direct_link' ? 2 : 1.5;
}

export function networkNodeColour(node: Pick<NetworkNode, 'kind'>): Rgba {
  return hexToRgba(NETWORK_NODE_PALETTE[node.kind].colour);
}

/** Diamond edge-to-edge size in pixels. */
export const NETWORK_NODE_SIZE_PX = 12;
