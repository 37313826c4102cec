// Latency from places to the nearest demand hub over the fibre graph: access leg to the nearest
// graph node (great-circle × route factor), shortest path, access leg to the hub. No path stays
// unreachable (never 0); with an empty graph the great-circle estimate is used and labelled so.
import type { Hub, LonLat } from '../atlas';
import { haversineKmRaw } from '../geo/haversineKm';
import type { FibreGraph } from './buildFibreGraph';
import { dijkstra, type Adjacency, type PathSource, type ShortestPaths } from './dijkstra';
import {
  modeFactor,
  msPerGeodesicKm,
  selectDemandHubs,
  type LatencySettings,
} from './latencySettings';

export type ShortestPathSearch = (
  graph: Adjacency,
  weights: Float64Array,
  sources: readonly PathSource[],
) => ShortestPaths;

export interface LatencyTarget {
  readonly id: string;
  /** The access point: a site's position or a region's label position. */
  readonly position: LonLat;
}

export type LatencyResult =
  | {
      readonly status: 'fibre';
      readonly latencyMs: number;
      readonly hubId: string;
      readonly estimate: false;
    }
  | {
      readonly status: 'estimate';
      readonly latencyMs: number;
      readonly hubId: string;
      readonly estimate: true;
    }
  | {
      readonly status: 'unreachable';
      readonly latencyMs: undefined;
      readonly hubId: undefined;
      readonly estimate: false;
      readonly reason: 'no_path' | 'no_demand_hub';
    };

/** Per adjacency entry: edge ms under the settings, plus the hop overhead of the node it enters. */
export function edgeWeightsMs(graph: FibreGraph, settings: LatencySettings): Float64Array {
  const perKm = msPerGeodesicKm(settings);
  const hopMs = Math.max(0, settings.perHopOverheadMs) * modeFactor(settings);
  const weights = new Float64Array(graph.lengthKm.length);
  for (let k = 0; k < weights.length; k++) {
    const next = graph.neighbours[k]!;
    const isHop = graph.offsets[next + 1]! - graph.offsets[next]! !== 2;
    weights[k] = graph.lengthKm[k]! * perKm + (isHop ? hopMs : 0);
  }
  return weights;
}

/**
 * Latency in ms (one way or round trip per `settings`) from each target to its nearest demand
 * hub (selected from `hubs` by `settings.demandHubIds`), in target order. Hop overhead is
 * charged at each hop node the path reaches after the hub's access node. `search` is the
 * shortest-path routine (the heap Dijkstra; benchmarks pass the array-scan baseline).
 */
export function latencyToDemand(
  graph: FibreGraph,
  hubs: readonly Hub[],
  targets: readonly LatencyTarget[],
  settings: LatencySettings,
  search: ShortestPathSearch = dijkstra,
): LatencyResult[] {
  const demand = selectDemandHubs(hubs, settings);
  if (demand.length === 0) return targets.map(() => unreachable('no_demand_hub'));
  const perKm = msPerGeodesicKm(settings);
  if (graph.nodeCount === 0) return targets.map((target) => estimate(target, demand, perKm));
  const sources: PathSource[] = demand.map((hub, origin) => {
    const access = graph.nodeIndex.nearest(hub.position[0], hub.position[1])!;
    return { node: access.index, cost: access.distanceKm * perKm, origin };
  });
  const paths = search(graph, edgeWeightsMs(graph, settings), sources);
  return targets.map((target) => {
    const access = graph.nodeIndex.nearest(target.position[0], target.position[1])!;
    const pathMs = paths.cost[access.index]!;
    const hub = demand[paths.origin[access.index]!];
    if (!hub || pathMs === Infinity) return unreachable('no_path');
    return {
      status: 'fibre',
      latencyMs: pathMs + access.distanceKm * perKm,
      hubId: hub.id,
      estimate: false,
    };
  });
}

function estimate(target: LatencyTarget, demand: readonly Hub[], perKm: number): LatencyResult {
  let best = demand[0]!;
  let bestKm = Infinity;
  for (const hub of demand) {
    const km = haversineKmRaw(
      target.position[0],
      target.position[1],
      hub.position[0],
      hub.position[1],
    );
    if (km < bestKm) {
      bestKm = km;
      best = hub;
    }
  }
  return { status: 'estimate', latencyMs: bestKm * perKm, hubId: best.id, estimate: true };
}

function unreachable(reason: 'no_path' | 'no_demand_hub'): LatencyResult {
  return { status: 'unreachable', latencyMs: undefined, hubId: undefined, estimate: false, reason };
}
