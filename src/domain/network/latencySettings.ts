// What a latency computation depends on besides the graph: one-way or round trip, the route
// factor over geodesic length, a per-hop overhead and which hubs count as demand.
import type { Hub } from '../atlas';

export const LATENCY_MODES = ['one_way', 'round_trip'] as const;
export type LatencyMode = (typeof LATENCY_MODES)[number];

/** Light in single-mode fibre: about 4.9 µs per km one way (group index ≈ 1.47). */
export const FIBRE_DELAY_US_PER_KM = 4.9;

export interface LatencySettings {
  readonly mode: LatencyMode;
  /** Fibre path length over geodesic length, ≥ 1; applies to graph edges and access legs alike. */
  readonly routeFactor: number;
  /** One-way delay (ms, ≥ 0) added at every hop node, i.e. where routes meet or end. */
  readonly perHopOverheadMs: number;
  /** Hubs that count as demand; undefined means every `hub` (not cluster) whose role is east_demand. */
  readonly demandHubIds?: readonly string[];
}

/** Defaults: one way; 1.5 × geodesic, a common planning allowance for real fibre paths; no hop overhead. */
export const DEFAULT_LATENCY_SETTINGS: LatencySettings = {
  mode: 'one_way',
  routeFactor: 1.5,
  perHopOverheadMs: 0,
};

/** One-way milliseconds per geodesic km under the route factor, doubled for a round trip. */
export function msPerGeodesicKm(settings: LatencySettings): number {
  return (FIBRE_DELAY_US_PER_KM / 1000) * Math.max(1, settings.routeFactor) * modeFactor(settings);
}

/** 2 for a round trip, 1 one way. */
export function modeFactor(settings: LatencySettings): number {
  return settings.mode === 'round_trip' ? 2 : 1;
}

/** The demand hubs the settings select, in input order. */
export function selectDemandHubs(hubs: readonly Hub[], settings: LatencySettings): Hub[] {
  const ids = settings.demandHubIds;
  if (ids) return hubs.filter((hub) => ids.includes(hub.id));
  return hubs.filter((hub) => hub.type === 'hub' && hub.role === 'east_demand');
}
