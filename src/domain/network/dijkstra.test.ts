import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dijkstra, type Adjacency } from './dijkstra';
import { dijkstraArrayScan } from './dijkstraArrayScan';

function toAdjacency(nodeCount: number, edges: readonly [number, number, number][]) {
  const lists = Array.from({ length: nodeCount }, () => [] as [number, number][]);
  for (const [u, v, w] of edges) {
    lists[u]!.push([v, w]);
    lists[v]!.push([u, w]);
  }
  const offsets = new Uint32Array(nodeCount + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const flat = lists.flat();
  const graph: Adjacency = {
    nodeCount,
    offsets,
    neighbours: Uint32Array.from(flat.map((e) => e[0])),
  };
  return { graph, weights: Float64Array.from(flat.map((e) => e[1])) };
}

describe('dijkstra', () => {
  it('finds the least cost from the nearest of several sources and names that source', () => {
    const { graph, weights } = toAdjacency(4, [
      [0, 1, 5],
      [1, 2, 1],
      [2, 3, 1],
    ]);
    const paths = dijkstra(graph, weights, [
      { node: 0, cost: 0, origin: 7 },
      { node: 3, cost: 0.5, origin: 9 },
    ]);
    expect(Array.from(paths.cost)).toEqual([0, 2.5, 1.5, 0.5]);
    expect(Array.from(paths.origin)).toEqual([7, 9, 9, 9]);
  });

  it('leaves nodes no source reaches at Infinity with origin −1', () => {
    const { graph, weights } = toAdjacency(3, [[0, 1, 1]]);
    const paths = dijkstra(graph, weights, [{ node: 0, cost: 0, origin: 0 }]);
    expect(paths.cost[2]).toBe(Infinity);
    expect(paths.origin[2]).toBe(-1);
  });

  it('agrees with the array-scan baseline on random graphs', () => {
    const edge = (n: number) =>
      fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.double({ min: 0, max: 100, noNaN: true }));
    const input = fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(edge(n), { maxLength: 80 }),
          fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
        ),
      );
    fc.assert(
      fc.property(input, ([n, edges, starts]) => {
        const { graph, weights } = toAdjacency(n, edges);
        const sources = starts.map((node, origin) => ({ node, cost: origin, origin }));
        const fast = dijkstra(graph, weights, sources);
        const slow = dijkstraArrayScan(graph, weights, sources);
        fast.cost.forEach((cost, i) => expect(cost).toBeCloseTo(slow.cost[i]!, 9));
      }),
    );
  });
});
