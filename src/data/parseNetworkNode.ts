// Network nodes: Point sites (direct-connection points, gateways, landing stations, IXPs);
// an unknown kind reads as 'other'.
import { NETWORK_NODE_KINDS } from '../domain/atlas';
import { defineFeatureParser } from './defineFeatureParser';
import { readPoint } from './readGeometry';

export const parseNetworkNode = defineFeatureParser(
  'network_nodes',
  readPoint,
  ({ common, geometry, read }) => ({
    ...common,
    position: geometry,
    kind: read.enumOr('kind', NETWORK_NODE_KINDS, 'other'),
    year: read.number('year'),
  }),
);
