// The feature parser of each layer family, one row per layer id (the mapped type makes a missing
// row a compile error), bound to its id so that every issue names the layer.
import { LAYER_IDS, type LayerId, type LayerRecords } from '../domain/layerFamilies';
import type { FeatureParser, LayerParser } from './defineFeatureParser';
import { parseCity } from './parseCity';
import { parseDataCentre } from './parseDataCentre';
import { parseFibreRoute } from './parseFibreRoute';
import { parseHub } from './parseHub';
import { parseNetworkNode } from './parseNetworkNode';
import { parsePowerLine } from './parsePowerLine';
import { parsePowerPlant } from './parsePowerPlant';
import { parseRegion } from './parseRegion';
import { parseWindFarm } from './parseWindFarm';

const PARSERS: { readonly [L in LayerId]: LayerParser<LayerRecords[L]> } = {
  regions: parseRegion,
  hubs: parseHub,
  datacentres: parseDataCentre,
  power_plants: parsePowerPlant,
  power_lines: parsePowerLine,
  fibre_routes: parseFibreRoute,
  wind_farms: parseWindFarm,
  network_nodes: parseNetworkNode,
  cities: parseCity,
};

export const FEATURE_PARSERS = Object.fromEntries(
  LAYER_IDS.map((id) => [id, (feature: unknown, index: number) => PARSERS[id](feature, index, id)]),
) as { readonly [L in LayerId]: FeatureParser<LayerRecords[L]> };
