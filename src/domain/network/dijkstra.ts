// Multi-source shortest paths with a binary heap (flatqueue, lazy deletion): O((V + E) log V).
// Costs are non-negative numbers in any unit; unreachable nodes keep cost Infinity and origin −1.
import FlatQueue from 'flatqueue';

/** The adjacency a shortest-path search needs (a `FibreGraph` is one). */
export interface Adjacency {
  readonly nodeCount: number;
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
}

export interface PathSource {
  readonly node: number;
  /** Cost already spent on reaching `node` (e.g. the access leg), ≥ 0. */
  readonly cost: number;
  /** Caller's id for the source, reported for every node it reaches first. */
  readonly origin: number;
}

export interface ShortestPaths {
  /** Least cost per node; Infinity where no source reaches it. */
  readonly cost: Float64Array;
  /** `origin` of the source that reaches each node at least cost; −1 where none does. */
  readonly origin: Int32Array;
}

/**
 * Least cost from the nearest source to every node, where `weights[k]` (≥ 0) is the cost of
 * adjacency entry k (from the node owning k to `neighbours[k]`).
 */
export function dijkstra(
  graph: Adjacency,
  weights: Float64Array,
  sources: readonly PathSource[],
): ShortestPaths {
  const cost = new Float64Array(graph.nodeCount).fill(Infinity);
  const origin = new Int32Array(graph.nodeCount).fill(-1);
  // Lazy deletion pushes at most once per source and per relaxation: a fixed typed-array heap.
  const queue = new FlatQueue<number>(
    graph.neighbours.length + sources.length,
    Float64Array,
    Uint32Array,
  );
  for (const source of sources) {
    if (source.cost < cost[source.node]!) {
      cost[source.node] = source.cost;
      origin[source.node] = source.origin;
      queue.push(source.node, source.cost);
    }
  }
  const { offsets, neighbours } = graph;
  while (queue.length > 0) {
    const reached = queue.peekValue()!;
    const node = queue.pop()!;
    if (reached > cost[node]!) continue;
    for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
      const next = neighbours[k]!;
      const through = reached + weights[k]!;
      if (through < cost[next]!) {
        cost[next] = through;
        origin[next] = origin[node]!;
        queue.push(next, through);
      }
    }
  }
  return { cost, origin };
}
