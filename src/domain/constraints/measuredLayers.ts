// The layer families constraints measure or measure against, in one table: the compute sites whose
// PUE, capacity, status and operator they read, distance to a power line or a network node, and
// latency over the graph of the fibre routes. A constraint that measures
// against a new family adds a row here; code reads `atlas[MEASURED_LAYERS.…]`.
import type { LayerId } from '../layerFamilies';

export const MEASURED_LAYERS = {
  computeSites: 'datacentres',
  powerLines: 'power_lines',
  networkNodes: 'network_nodes',
  fibreGraph: 'fibre_routes',
} as const satisfies Readonly<Record<string, LayerId>>;
