// Network nodes: Point sites (direct-connection points, gateways, landing stations, IXPs);
// an unknown kind reads as 'other'.
import { NETWORK_NODE_KINDS, type NetworkNode } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parseNetworkNode: LayerParser<NetworkNode> = defineFeatureParser(
  readPoint,
  ({ common, geometry, read }) => ({
    ...common,
    position: geometry,
    kind: read.enumOr('kind', NETWORK_NODE_KINDS, 'other'),
    year: read.number('year'),
    opened: read.string('opened'),
  }),
);
