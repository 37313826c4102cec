import { describe, expect, it } from 'vitest';
import { buildFibreGraph } from './buildFibreGraph';
import { route } from '../testing/fibreFixtures';

const kmPerDegree = 111.195;

describe('buildFibreGraph', () => {
  it('makes one node per distinct vertex and one edge per segment, with great-circle lengths', () => {
    const graph = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
          [2, 0],
        ]),
      ],
      { snapToleranceKm: 1 },
    );
    expect(graph.nodeCount).toBe(3);
    expect(graph.edgeCount).toBe(2);
    expect(graph.lengthKm[0]).toBeCloseTo(kmPerDegree, 2);
    expect(Array.from(graph.offsets)).toEqual([0, 1, 3, 4]);
  });

  it('snaps vertices within the tolerance into one node and keeps farther ones apart', () => {
    const routes = [
      route('a', [
        [0, 0],
        [1, 0],
      ]),
      route('b', [
        [1.004, 0],
        [2, 0],
      ]),
    ];
    expect(buildFibreGraph(routes, { snapToleranceKm: 1 }).nodeCount).toBe(3);
    expect(buildFibreGraph(routes, { snapToleranceKm: 0.1 }).nodeCount).toBe(4);
  });

  it('drops edges that collapse to a point and counts them', () => {
    const graph = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
          [1, 0],
          [1.001, 0],
          [2, 0],
        ]),
      ],
      {
        snapToleranceKm: 1,
      },
    );
    expect(graph.edgeCount).toBe(2);
    expect(graph.droppedZeroLengthEdges).toBe(2);
  });

  it('merges parallel edges between the same two nodes', () => {
    const graph = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
        ]),
        route('b', [
          [1, 0],
          [0, 0],
        ]),
        route('c', [
          [0, 0.002],
          [1, 0],
        ]),
      ],
      { snapToleranceKm: 1 },
    );
    expect(graph.edgeCount).toBe(1);
    expect(graph.mergedDuplicateEdges).toBe(2);
    expect(graph.neighbours.length).toBe(2);
  });

  it('gives an empty graph for no routes', () => {
    const graph = buildFibreGraph([], { snapToleranceKm: 1 });
    expect([graph.nodeCount, graph.edgeCount]).toEqual([0, 0]);
  });
});
