// The textbook O(V²) Dijkstra that scans an array for the next node: the slow, obviously right
// baseline that tests and the latency benchmark compare the heap version against.
import type { Adjacency, PathSource, ShortestPaths } from './dijkstra';

/** Same contract as `dijkstra`, in O(V² + E) time. */
export function dijkstraArrayScan(
  graph: Adjacency,
  weights: Float64Array,
  sources: readonly PathSource[],
): ShortestPaths {
  const cost = new Float64Array(graph.nodeCount).fill(Infinity);
  const origin = new Int32Array(graph.nodeCount).fill(-1);
  const done = new Uint8Array(graph.nodeCount);
  for (const source of sources) {
    if (source.cost < cost[source.node]!) {
      cost[source.node] = source.cost;
      origin[source.node] = source.origin;
    }
  }
  for (;;) {
    let node = -1;
    for (let i = 0; i < graph.nodeCount; i++) {
      if (!done[i] && cost[i]! < Infinity && (node < 0 || cost[i]! < cost[node]!)) node = i;
    }
    if (node < 0) break;
    done[node] = 1;
    for (let k = graph.offsets[node]!; k < graph.offsets[node + 1]!; k++) {
      const next = graph.neighbours[k]!;
      if (cost[node]! + weights[k]! < cost[next]!) {
        cost[next] = cost[node]! + weights[k]!;
        origin[next] = origin[node]!;
      }
    }
  }
  return { cost, origin };
}
