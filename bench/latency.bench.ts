// Latency to demand over a seeded 10k-node / ~40k-edge fibre graph: the heap Dijkstra from all
// demand hubs at once against an O(V²) array-scan Dijkstra (same sources, weights and answers),
// then the whole `latencyToDemand` pipeline, whose 10k nearest-node lookups dominate its time.
import type { FibreRoute, Hub, LonLat } from '../src/domain/atlas';
import { buildFibreGraph } from '../src/domain/network/buildFibreGraph';
import { dijkstraArrayScan } from '../src/domain/network/dijkstraArrayScan';
import { dijkstra } from '../src/domain/network/dijkstra';
import { DEFAULT_LATENCY_SETTINGS, msPerGeodesicKm } from '../src/domain/network/latencySettings';
import { edgeWeightsMs, latencyToDemand } from '../src/domain/network/latencyToDemand';
import { fixtureGraph } from './fixtures/fixtureGraph';
import { createPrng } from './fixtures/prng';
import type { BenchSuite } from './types';

const SEED = 20261127;
const settings = { ...DEFAULT_LATENCY_SETTINGS, perHopOverheadMs: 0.05 };
const demandPositions: LonLat[] = [
  [116.4, 39.9],
  [121.47, 31.23],
  [113.26, 23.13],
  [105.3, 30.1],
];

function demandHubs(): Hub[] {
  return demandPositions.map((position, i) => ({
    id: `EAST${i}`,
    name: `Demand hub ${i}`,
    source: 'bench fixture',
    approx: true,
    position,
    type: 'hub',
    role: 'east_demand',
    regionIds: [],
  }));
}

/** Equal latencies (ms) position by position; undefined and Infinity both mean unreachable. */
function sameLatencies(fast: unknown, baseline: unknown): boolean {
  const a = Array.from(fast as ArrayLike<number | undefined>, (x) =>
    x === Infinity ? undefined : x,
  );
  const b = Array.from(baseline as ArrayLike<number | undefined>, (x) =>
    x === Infinity ? undefined : x,
  );
  return (
    a.length === b.length &&
    a.every((x, i) => (x === undefined ? b[i] === undefined : Math.abs(x - b[i]!) < 1e-9))
  );
}

const suite: BenchSuite = {
  name: 'latency over the fibre graph',
  setup: () => {
    const fixture = fixtureGraph(createPrng(SEED), 100, 100);
    const routes: FibreRoute[] = fixture.edges.map(([from, to], i) => ({
      id: `E${i}`,
      name: `Edge ${i}`,
      source: 'bench fixture',
      approx: true,
      kind: 'backbone',
      geometry: {
        type: 'MultiLineString',
        coordinates: [[[...fixture.nodes[from]!], [...fixture.nodes[to]!]]],
      },
    }));
    const graph = buildFibreGraph(routes, { snapToleranceKm: 0.01 });
    const hubs = demandHubs();
    const targets = Array.from(graph.nodeLon, (lon, i) => ({
      id: `N${i}`,
      position: [lon, graph.nodeLat[i]!] as const,
    }));
    const shape = `${graph.nodeCount} nodes, ${graph.edgeCount} edges, ${hubs.length} demand hubs`;
    const sources = hubs.map((hub, origin) => {
      const access = graph.nodeIndex.nearest(hub.position[0], hub.position[1])!;
      return { node: access.index, cost: access.distanceKm * msPerGeodesicKm(settings), origin };
    });
    return [
      {
        name: `shortest-path latency from all demand hubs to every node (${shape})`,
        baselineName: 'O(V²) array-scan Dijkstra, same sources and weights',
        fast: () => dijkstra(graph, edgeWeightsMs(graph, settings), sources).cost,
        baseline: () => dijkstraArrayScan(graph, edgeWeightsMs(graph, settings), sources).cost,
        same: sameLatencies,
        target: { minRatio: 40, maxFastMs: 120 },
      },
      {
        name: `latencyToDemand for 10k targets, access-leg lookups included (${shape})`,
        baselineName: 'the same pipeline with the array-scan Dijkstra',
        fast: () => latencyToDemand(graph, hubs, targets, settings).map((r) => r.latencyMs),
        baseline: () =>
          latencyToDemand(graph, hubs, targets, settings, dijkstraArrayScan).map(
            (r) => r.latencyMs,
          ),
        same: sameLatencies,
        target: { maxFastMs: 120 },
      },
      {
        name: `build the fibre graph from ${routes.length} routes (snap, merge, CSR, node index)`,
        baselineName: 'none (absolute target)',
        fast: () => buildFibreGraph(routes, { snapToleranceKm: 0.01 }).edgeCount,
        target: { maxFastMs: 300 },
      },
    ];
  },
};

export default suite;
