// Network nodes (backbone direct-connection points, gateways, landing stations, exchanges): small
// diamonds coloured by kind, hollow where the location is approximate, larger when emphasised,
// hidden outside the as-of view.
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { IconLayer } from '@deck.gl/layers';
import type { NetworkNode, NetworkNodeKind } from '../../domain/atlas';
import { NETWORK_NODE_KINDS } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { HOLLOW_DIAMOND, SOLID_DIAMOND } from '../layers/diamondIcon';
import { VINTAGE_FILTER, vintageFilterProps } from '../layers/vintageFilter';
import { commonTriggers, fadeFiltered, isEmphasised } from '../layers/layerOptions';
import { swatch, type LegendEntry } from '../legend/legendEntry';
import { labelsOf, type PaletteRow } from '../palette';
import { isDashed } from '../style/approxStyle';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import type { MapFamily } from './mapFamily';

export const NETWORK_NODE_PALETTE: Readonly<Record<NetworkNodeKind, PaletteRow>> = {
  backbone_direct_connection_point: {
    colour: '#3949AB',
    label: { en: 'Backbone direct connection point', zh: '骨干直联点' },
  },
  international_gateway: {
    colour: '#5E35B1',
    label: { en: 'International gateway', zh: '国际出入口' },
  },
  landing_station: { colour: '#0277BD', label: { en: 'Cable landing station', zh: '海缆登陆站' } },
  ixp: { colour: '#00897B', label: { en: 'Internet exchange', zh: '互联网交换中心' } },
  other: { colour: '#78909C', label: { en: 'Other node', zh: '其他节点' } },
};

/** Diamond edge-to-edge size in pixels. */
export const NETWORK_NODE_SIZE_PX = 12;

export function networkNodeColour(node: Pick<NetworkNode, 'kind'>): Rgba {
  return hexToRgba(NETWORK_NODE_PALETTE[node.kind].colour);
}

/** The icon of a node: hollow when its location is approximate. */
export function networkNodeIcon(node: Pick<NetworkNode, 'approx'>): typeof SOLID_DIAMOND {
  return isDashed(node) ? HOLLOW_DIAMOND : SOLID_DIAMOND;
}

function legend(theme: Theme): LegendEntry[] {
  const rows = NETWORK_NODE_KINDS.map((kind) => ({
    key: kind,
    label: NETWORK_NODE_PALETTE[kind].label,
    swatch: swatch('diamond', {
      fill: networkNodeColour({ kind }),
      sizePx: NETWORK_NODE_SIZE_PX / 2,
    }),
  }));
  const approx: LegendEntry = {
    key: 'approx',
    label: { en: 'Approximate location (hollow)', zh: '位置为近似（空心）' },
    swatch: swatch('diamond', {
      stroke: BASEMAP_COLOURS[theme].ink,
      strokeWidthPx: 1.5,
      sizePx: NETWORK_NODE_SIZE_PX / 2,
    }),
  };
  return [...rows, approx];
}

export const networkNodesFamily: MapFamily<NetworkNode> = {
  layers: (id, nodes, options) => {
    const triggers = commonTriggers(options);
    return [
      new IconLayer<NetworkNode, DataFilterExtensionProps<NetworkNode>>({
        ...vintageFilterProps(options, (node: NetworkNode) => node),
        extensions: [VINTAGE_FILTER],
        id,
        data: nodes,
        visible: options.visible,
        pickable: true,
        sizeUnits: 'pixels',
        getIcon: networkNodeIcon,
        getPosition: (node) => node.position as [number, number],
        getSize: (node) => NETWORK_NODE_SIZE_PX * (isEmphasised(node.id, options) ? 1.5 : 1),
        getColor: fadeFiltered(networkNodeColour, options),
        updateTriggers: { getSize: triggers, getColor: triggers },
      }),
    ];
  },
  legend,
  tooltipFields: ['kind'],
  valueLabels: { kind: labelsOf(NETWORK_NODE_PALETTE) },
};
