// Whether constraint verdicts of one atlas hold for another changed from it: they do, feature by
// feature, when nothing a constraint measures against changed — the regions (statistics), the hubs
// (roles, memberships, demand hubs), and the lines, nodes and fibre routes of MEASURED_LAYERS.
import type { Atlas } from '../atlas';
import { MEASURED_LAYERS } from '../constraints/measuredLayers';
import type { LayerId } from '../layerFamilies';

const MEASURED_AGAINST: readonly LayerId[] = [
  'regions',
  'hubs',
  MEASURED_LAYERS.powerLines,
  MEASURED_LAYERS.networkNodes,
  MEASURED_LAYERS.fibreGraph,
];

/** True when `scenario` shares every measured-against layer with `base` (by identity). */
export function sameMeasuredAgainst(base: Atlas, scenario: Atlas): boolean {
  return MEASURED_AGAINST.every((layer) => base[layer] === scenario[layer]);
}
