// The feature parser of each layer, one row per layer id: adding a layer is adding a row here
// (the mapped type makes a missing row a compile error).
import type { LayerRecords } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import type { FeatureParser } from './defineFeatureParser';
import { parseDataCentre } from './parseDataCentre';
import { parseFibreRoute } from './parseFibreRoute';
import { parseHub } from './parseHub';
import { parseNetworkNode } from './parseNetworkNode';
import { parsePowerLine } from './parsePowerLine';
import { parsePowerPlant } from './parsePowerPlant';
import { parseRegion } from './parseRegion';

export const FEATURE_PARSERS: { readonly [L in LayerId]: FeatureParser<LayerRecords[L]> } = {
  regions: parseRegion,
  hubs: parseHub,
  datacentres: parseDataCentre,
  power_plants: parsePowerPlant,
  power_lines: parsePowerLine,
  fibre_routes: parseFibreRoute,
  network_nodes: parseNetworkNode,
};
