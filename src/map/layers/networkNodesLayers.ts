// Network nodes: small diamonds coloured by kind, hollow when the location is approximate,
// larger when hovered or selected.
import type { Layer } from '@deck.gl/core';
import { IconLayer } from '@deck.gl/layers';
import type { NetworkNode } from '../../domain/atlas';
import { isDashed } from '../style/approxStyle';
import { NETWORK_NODE_SIZE_PX, networkNodeColour } from '../style/networkStyle';
import { HOLLOW_DIAMOND, SOLID_DIAMOND } from './diamondIcon';
import { commonTriggers, fadeFiltered, isEmphasised, type LayerOptions } from './layerOptions';

/** The icon of a node: hollow when its location is approximate. */
export function networkNodeIcon(node: Pick<NetworkNode, 'approx'>): typeof SOLID_DIAMOND {
  return isDashed(node) ? HOLLOW_DIAMOND : SOLID_DIAMOND;
}

export function networkNodesLayers(
  nodes: readonly NetworkNode[],
  options: LayerOptions<NetworkNode>,
): Layer[] {
  const colour = fadeFiltered(networkNodeColour, options);
  const triggers = commonTriggers(options);
  return [
    new IconLayer<NetworkNode>({
      id: 'network_nodes',
      data: nodes,
      visible: options.visible,
      pickable: true,
      sizeUnits: 'pixels',
      getIcon: networkNodeIcon,
      getPosition: (node) => node.position as [number, number],
      getSize: (node) => NETWORK_NODE_SIZE_PX * (isEmphasised(node.id, options) ? 1.5 : 1),
      getColor: colour,
      updateTriggers: { getSize: triggers, getColor: triggers },
    }),
  ];
}
