// Latency from places to the nearest demand hub over the fibre graph: access leg to one of the
// few nearest graph nodes (great-circle × route factor), shortest path, access leg to the hub. No
// path stays unreachable (never 0); with an empty graph the great-circle estimate is used, labelled.
import type { Hub, LonLat } from '../atlas';
import type { NearestPoint } from '../geo/createPointIndex';
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

/**
 * A place may enter the graph at any of its few nearest nodes whose access leg is at most
 * ACCESS_LEG_SLACK × its shortest one; the best total counts. So a place whose very nearest node
 * sits on a long single link still uses the node almost as near that its neighbours use, while a
 * place on a cut-off fragment is not joined to the rest by a long invented leg.
 */
export const ACCESS_NODE_CANDIDATES = 3;
export const ACCESS_LEG_SLACK = 1.5;

function accessNodes(graph: FibreGraph, position: LonLat) {
  return graph.nodeIndex.nearestFew(
    position[0],
    position[1],
    ACCESS_NODE_CANDIDATES,
    ACCESS_LEG_SLACK,
  );
}

/** The access nodes of each target, in target order, when a caller has found them faster (the
 * site finder's block queries); they must be what `accessNodes` would give. */
export type AccessNodes = (target: LatencyTarget, index: number) => readonly NearestPoint[];

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
 * shortest-path routine (the heap Dijkstra; benchmarks pass the array-scan baseline); `access`
 * gives the targets' access nodes (default: looked up per target).
 */
export function latencyToDemand(
  graph: FibreGraph,
  hubs: readonly Hub[],
  targets: readonly LatencyTarget[],
  settings: LatencySettings,
  search: ShortestPathSearch = dijkstra,
  access: AccessNodes = (target) => accessNodes(graph, target.position),
): LatencyResult[] {
  const demand = selectDemandHubs(hubs, settings);
  if (demand.length === 0) return targets.map(() => unreachable('no_demand_hub'));
  const perKm = msPerGeodesicKm(settings);
  if (graph.nodeCount === 0) return targets.map((target) => estimate(target, demand, perKm));
  const sources: PathSource[] = demand.flatMap((hub, origin) =>
    accessNodes(graph, hub.position).map((access) => ({
      node: access.index,
      cost: access.distanceKm * perKm,
      origin,
    })),
  );
  const paths = search(graph, edgeWeightsMs(graph, settings), sources);
  return targets.map((target, i) => {
    let bestMs = Infinity;
    let bestOrigin = -1;
    for (const node of access(target, i)) {
      const ms = paths.cost[node.index]! + node.distanceKm * perKm;
      if (ms < bestMs) {
        bestMs = ms;
        bestOrigin = paths.origin[node.index]!;
      }
    }
    const hub = demand[bestOrigin];
    if (!hub || bestMs === Infinity) return unreachable('no_path');
    return { status: 'fibre', latencyMs: bestMs, hubId: hub.id, estimate: false };
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
