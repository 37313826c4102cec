import { describe, expect, it } from 'vitest';
import { BOUNDARY, createCellGrid } from './createCellGrid';

/** The frame [0, 2]² and a zig-zag border x = 1 ± 0.05 across it, split into 40 edges. */
const zigZag = Array.from({ length: 40 }, (_, k) => {
  const x = (j: number) => 1 + (j % 2 === 0 ? -0.05 : 0.05);
  return [x(k), k / 20, x(k + 1), (k + 1) / 20];
});
const frame = [
  [0, 0, 2, 0],
  [2, 0, 2, 2],
  [2, 2, 0, 2],
  [0, 2, 0, 0],
];
const edges = Float64Array.from([...frame, ...zigZag].flat());
const westOrEast = (x: number) => (x < 1 ? 0 : 1);
const grid = createCellGrid(edges, westOrEast);

/** Every t where A→B crosses an edge, by testing all edges (the reference). */
function bruteCrossings(ax: number, ay: number, bx: number, by: number): number[] {
  const ts: number[] = [];
  for (let k = 0; k < edges.length; k += 4) {
    const [cx, cy, sx, sy] = [
      edges[k]!,
      edges[k + 1]!,
      edges[k + 2]! - edges[k]!,
      edges[k + 3]! - edges[k + 1]!,
    ];
    const [rx, ry] = [bx - ax, by - ay];
    const denom = rx * sy - ry * sx;
    if (denom === 0) continue;
    const t = ((cx - ax) * sy - (cy - ay) * sx) / denom;
    const u = ((cx - ax) * ry - (cy - ay) * rx) / denom;
    if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
  }
  return ts.sort((a, b) => a - b);
}

describe('createCellGrid', () => {
  it('knows the region of a cell far from the border and needs the exact test next to it', () => {
    expect(grid.lookup(0.8, 1)).toBe(0);
    expect(grid.lookup(1.2, 1)).toBe(1);
    expect(grid.lookup(1, 1)).toBe(BOUNDARY);
    expect(grid.lookup(5, 1)).toBe(-1);
  });

  it('finds exactly the crossings of a brute-force test over every edge', () => {
    const segments = [
      [0.8, 0.33, 1.2, 0.41],
      [0.5, 0.1, 1.5, 1.9],
      [1.03, 0.2, 1.03, 1.8],
      [0.2, 0.2, 0.3, 1.8],
      [-1, 1, 3, 1.01],
    ];
    for (const [ax, ay, bx, by] of segments as [number, number, number, number][]) {
      const ts: number[] = [];
      grid.crossings(ax, ay, bx, by, ts);
      expect([...new Set(ts)].sort((a, b) => a - b)).toEqual(bruteCrossings(ax, ay, bx, by));
    }
  });

  it('reports a box clear of the border as clear and one across it as not', () => {
    expect(grid.isClear(0.1, 0.1, 0.5, 1.9)).toBe(true);
    expect(grid.isClear(0.9, 0.5, 1.1, 0.6)).toBe(false);
  });

  it('names the one region of a box only when every cell of the box is clear and of that region', () => {
    expect(grid.regionOfBox(0.2, 0.2, 0.6, 1.5)).toBe(0);
    expect(grid.regionOfBox(1.3, 0.2, 1.8, 1.5)).toBe(1);
    expect(grid.regionOfBox(0.5, 0.5, 1.5, 0.6)).toBe(BOUNDARY);
    expect(grid.regionOfBox(3, 3, 4, 4)).toBe(-1);
    expect(grid.regionOfBox(1.3, 0.2, 2.5, 0.3)).toBe(BOUNDARY);
  });
});
