import { describe, expect, it } from 'vitest';
import { deckLinePath, lineParts, type PolygonPart } from './parts';
import { simplifiedLineParts, simplifiedParts, toleranceAtZoom } from './simplifiedParts';

/** A 1°-wide square whose edges wobble by 0.001° every 0.01°: 400 vertices. */
function wobblySquare(): number[][] {
  const ring: number[][] = [];
  const side = (from: [number, number], step: [number, number]) => {
    for (let i = 0; i < 100; i++) {
      const wobble = i % 2 === 0 ? 0 : 0.001;
      ring.push([from[0] + step[0] * i + wobble, from[1] + step[1] * i + wobble]);
    }
  };
  side([100, 30], [0.01, 0]);
  side([101, 30], [0, 0.01]);
  side([101, 31], [-0.01, 0]);
  side([100, 31], [0, -0.01]);
  ring.push([100, 30]);
  return ring;
}

const record = Object.freeze({ id: 'CN-XX' });
const parts: readonly PolygonPart<typeof record>[] = Object.freeze([
  { record, index: 3, geometry: [wobblySquare()] },
]);
const vertices = (list: readonly PolygonPart<unknown>[]) =>
  list.reduce((sum, part) => sum + part.geometry.reduce((n, ring) => n + ring.length, 0), 0);

describe('simplifiedParts', () => {
  it('drops wobbles below the tolerance, keeps each corner within it, the record and its index', () => {
    const simple = simplifiedParts(parts, 0.02);
    expect(vertices(parts)).toBe(401);
    expect(vertices(simple)).toBeLessThanOrEqual(8);
    const ring = simple[0]!.geometry[0]!;
    for (const corner of [
      [100, 30],
      [101, 31],
    ])
      expect(ring.some(([x, y]) => Math.hypot(x! - corner[0]!, y! - corner[1]!) <= 0.02)).toBe(
        true,
      );
    expect(simple[0]!.record).toBe(record);
    expect(simple[0]!.index).toBe(3);
  });

  it('answers the same array for the same parts and tolerance, and the parts at tolerance 0', () => {
    expect(simplifiedParts(parts, 0.02)).toBe(simplifiedParts(parts, 0.02));
    expect(simplifiedParts(parts, 0)).toBe(parts);
  });
});

describe('simplifiedLineParts', () => {
  const line = Object.freeze({
    id: 'line-1',
    geometry: {
      type: 'MultiLineString' as const,
      coordinates: [
        [
          [100, 30],
          [101, 30],
        ],
        wobblySquare().slice(0, 200),
      ],
    },
  });
  const parts = lineParts([line]);

  it('draws each line with its wobbles dropped, ends kept, for the same record, index and line', () => {
    const simple = simplifiedLineParts(parts, 0.02);
    const wobbly = deckLinePath(simple[1]!);
    expect(deckLinePath(parts[1]!)).toHaveLength(200);
    expect(wobbly.length).toBeLessThanOrEqual(4);
    expect(wobbly[0]).toEqual([100, 30]);
    expect(wobbly.at(-1)).toEqual(line.geometry.coordinates[1]!.at(-1));
    expect(simple[1]).toMatchObject({ record: line, index: 0, lineIndex: 1 });
    // Two points cannot be simpler: the part is kept as it was.
    expect(simple[0]).toBe(parts[0]);
  });

  it('answers the same array for the same parts and tolerance, and the parts at tolerance 0', () => {
    expect(simplifiedLineParts(parts, 0.04)).toBe(simplifiedLineParts(parts, 0.04));
    expect(simplifiedLineParts(parts, 0)).toBe(parts);
  });
});

describe('toleranceAtZoom', () => {
  it('is coarse nationally, finer at province zoom and full detail when zoomed in', () => {
    expect(toleranceAtZoom(3.5)).toBe(0.04);
    expect(toleranceAtZoom(4.5)).toBe(0.02);
    expect(toleranceAtZoom(6)).toBe(0);
  });
});
