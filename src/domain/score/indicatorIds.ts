// The ids of the default indicators; a registry row exists for each (see indicatorRegistry.ts).
export const INDICATOR_IDS = [
  'dc_count',
  'dc_capacity_mw',
  'icc_count',
  'hub_cluster_count',
  'generation_capacity_gw',
  'non_fossil_capacity_share',
  'uhv_landing_gw',
  'capacity_per_consumption',
  'large_plant_capacity_gw',
  'fibre_length_km',
  'backbone_node_count',
  'latency_to_demand_ms',
  'population_10k',
  'gdp_100m_cny',
  'electricity_consumption_twh',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

export function isIndicatorId(value: unknown): value is IndicatorId {
  return typeof value === 'string' && (INDICATOR_IDS as readonly string[]).includes(value);
}
