import { describe, expect, it } from 'vitest';
import type { Position2 } from './positions';
import { isClosed, jumpsAntimeridian, ringSelfIntersects, signedArea2 } from './rings';

const square: Position2[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('ring checks', () => {
  it('gives an anticlockwise ring a positive area and a clockwise one a negative area', () => {
    expect(signedArea2(square)).toBe(2);
    expect(signedArea2([...square].reverse())).toBe(-2);
  });

  it('tells a closed ring from an open one', () => {
    expect(isClosed(square)).toBe(true);
    expect(isClosed(square.slice(0, 4))).toBe(false);
  });

  it('finds the crossing of a bow-tie but not in a square or a concave ring', () => {
    expect(ringSelfIntersects([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]])).toBe(true);
    expect(ringSelfIntersects(square)).toBe(false);
    expect(ringSelfIntersects([[0, 0], [4, 0], [4, 4], [2, 1], [0, 4], [0, 0]])).toBe(false);
  });

  it('finds a crossing between far-apart edges of a long ring', () => {
    const ring: Position2[] = Array.from({ length: 200 }, (_, i) => [i, i % 2] as Position2);
    ring.push([100, -5], [150, 5], [0, 0]);
    expect(ringSelfIntersects(ring)).toBe(true);
  });

  it('notices an edge jumping across the antimeridian', () => {
    expect(jumpsAntimeridian([[179, 0], [-179, 1]])).toBe(true);
    expect(jumpsAntimeridian([[170, 0], [179.9, 1]])).toBe(false);
  });
});
