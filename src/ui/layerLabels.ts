// The display name of each layer, as a message key: a new layer is a new row.
import type { LayerId } from '../domain/layerIds';
import type { MessageKey } from './i18n/messages';

export const LAYER_LABEL_KEYS: Readonly<Record<LayerId, MessageKey>> = {
  regions: 'layerRegions',
  hubs: 'layerHubs',
  datacentres: 'layerDatacentres',
  power_plants: 'layerPowerPlants',
  power_lines: 'layerPowerLines',
  fibre_routes: 'layerFibreRoutes',
  network_nodes: 'layerNetworkNodes',
};
