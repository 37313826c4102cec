// Radii of the policy latency rings (e.g. 1, 5, 20 ms) around each demand hub, as great-circle
// km under the same settings as the graph latency (route factor, one way or round trip). Hop
// overhead is not included: a ring is the geodesic reach of the fibre delay alone.
import type { Hub, LonLat } from '../atlas';
import { EARTH_RADIUS_KM } from '../geo/haversineKm';
import { msPerGeodesicKm, selectDemandHubs, type LatencySettings } from './latencySettings';

export interface LatencyRing {
  readonly latencyMs: number;
  readonly radiusKm: number;
}

export interface HubLatencyRings {
  readonly hubId: string;
  readonly position: LonLat;
  readonly rings: readonly LatencyRing[];
}

/** Policy ring latencies in ms drawn by default (cluster to city 5 ms, hub to hub 20 ms). */
export const POLICY_RING_LATENCIES_MS = [1, 5, 20] as const;

/** Ring radii in km (capped at half the Earth's circumference) for each selected demand hub. */
export function latencyRings(
  hubs: readonly Hub[],
  latenciesMs: readonly number[],
  settings: LatencySettings,
): HubLatencyRings[] {
  const perKm = msPerGeodesicKm(settings);
  const rings = latenciesMs.map((latencyMs) => ({
    latencyMs,
    radiusKm: Math.min(Math.max(0, latencyMs) / perKm, Math.PI * EARTH_RADIUS_KM),
  }));
  return selectDemandHubs(hubs, settings).map((hub) => ({
    hubId: hub.id,
    position: hub.position,
    rings,
  }));
}
