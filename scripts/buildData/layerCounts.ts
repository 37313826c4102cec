// The counting sentence appended to a layer's notes, computed from the built features so the
// manifest never states a count the files do not hold.
import type { LayerId } from '../../src/domain/layerFamilies';
import type { AtlasFeature } from './geometry';
import { MAINLAND_ISO_IDS } from './provinces';

type Features = readonly AtlasFeature[];

const count = (features: Features, test: (p: Record<string, unknown>) => boolean): number =>
  features.filter((f) => test(f.properties)).length;

const thousands = (n: number): string => n.toLocaleString('en-GB');

function lineCounts(features: Features): string {
  const part = (current: string) => {
    const lines = features.filter((f) => f.properties.current === current);
    const operating = count(lines, (p) => p.status === 'operating');
    const building = count(lines, (p) => p.status === 'under_construction');
    return `${lines.length} ${current} (${operating} operating, ${building} under construction)`;
  };
  return `${features.length} lines: ${part('DC')} and ${part('AC')}.`;
}

function datacentreCounts(features: Features): string {
  const provinces = new Set(features.map((f) => f.properties.region_id));
  const mainland = MAINLAND_ISO_IDS.filter((id) => provinces.has(id)).length;
  const checked = count(features, (p) => p.verified === 'source-checked');
  const recalled = count(features, (p) => p.verified === 'recalled');
  return `${features.length} sites in ${mainland} of the ${MAINLAND_ISO_IDS.length} mainland provinces: ${checked} source-checked, ${recalled} recalled.`;
}

function nodeCounts(features: Features): string {
  const backbone = count(features, (p) => p.kind === 'backbone_direct_connection_point');
  const gateways = count(features, (p) => p.kind === 'international_gateway');
  return `${backbone} backbone direct-connection points and ${gateways} international gateway cities.`;
}

function windCounts(features: Features): string {
  const operatingMw = features
    .filter((f) => f.properties.status === 'operating')
    .reduce((sum, f) => sum + Number(f.properties.capacity_mw), 0);
  const approx = count(features, (p) => p.approx === true);
  const below = count(features, (p) => p.below_threshold === true);
  const flagged = count(features, (p) => p.qa_flagged === true);
  const percent = Math.round((100 * approx) / Math.max(1, features.length));
  return `${thousands(features.length)} phases (${below} below threshold), ${thousands(Math.round(operatingMw / 100) / 10)} GW operating; ${percent} % of locations approximate; qa_flagged on ${flagged}.`;
}

const COUNTERS: Partial<Record<LayerId, (features: Features) => string>> = {
  power_lines: lineCounts,
  datacentres: datacentreCounts,
  network_nodes: nodeCounts,
  wind_farms: windCounts,
  fibre_routes: (features) => `${features.length} corridors.`,
};

/** The counting sentence of a layer, or undefined for layers whose notes state no counts. */
export function layerCounts(id: LayerId, features: Features): string | undefined {
  return COUNTERS[id]?.(features);
}
