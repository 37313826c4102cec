// Short URL codes for the layers (the OpenInfraMap habit): two letters each, fixed forever once
// published. A layer without a row here cannot be shared, and the type check says so.
import { LAYER_IDS, type LayerId } from '../../domain/layerIds';

export const LAYER_CODES: Readonly<Record<LayerId, string>> = {
  regions: 'rg',
  hubs: 'hb',
  datacentres: 'dc',
  power_plants: 'pp',
  power_lines: 'pl',
  fibre_routes: 'fr',
  network_nodes: 'nn',
};

const LAYER_BY_CODE: ReadonlyMap<string, LayerId> = new Map(
  LAYER_IDS.map((id) => [LAYER_CODES[id], id]),
);

/** The layer a code names, or undefined for an unknown code. */
export function layerOfCode(code: string): LayerId | undefined {
  return LAYER_BY_CODE.get(code);
}
