// The layers a dataset may hold, in draw order (bottom first). Adding a layer is adding a row here,
// a record type in atlas.ts and a parser in src/data.
export const LAYER_IDS = [
  'regions',
  'power_lines',
  'fibre_routes',
  'power_plants',
  'network_nodes',
  'datacentres',
  'hubs',
] as const;

export type LayerId = (typeof LAYER_IDS)[number];

export function isLayerId(value: unknown): value is LayerId {
  return typeof value === 'string' && (LAYER_IDS as readonly string[]).includes(value);
}
