import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { rewindGeometry, rfc7946Problems, signedRingArea } from './rfc7946';

const clockwiseSquare = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 0],
  [0, 0],
];
const counterClockwiseHole = [
  [0.2, 0.2],
  [0.8, 0.2],
  [0.8, 0.8],
  [0.2, 0.8],
  [0.2, 0.2],
];

describe('rfc7946', () => {
  it('gives a counter-clockwise ring a positive signed area', () => {
    expect(signedRingArea([...clockwiseSquare].reverse())).toBeGreaterThan(0);
    expect(signedRingArea(clockwiseSquare)).toBeLessThan(0);
  });

  it('rewinds exterior rings counter-clockwise and holes clockwise', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [clockwiseSquare, counterClockwiseHole],
    };
    expect(rfc7946Problems(polygon)).toHaveLength(2);
    const fixed = rewindGeometry(polygon);
    expect(rfc7946Problems(fixed)).toEqual([]);
    expect(signedRingArea(fixed.coordinates[0] ?? [])).toBeGreaterThan(0);
    expect(signedRingArea(fixed.coordinates[1] ?? [])).toBeLessThan(0);
  });

  it('reports open rings, short rings and positions out of range', () => {
    const open: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
    };
    expect(rfc7946Problems(open).join()).toContain('not closed');
    const short: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    expect(rfc7946Problems(short).join()).toContain('needs 4');
    expect(rfc7946Problems({ type: 'Point', coordinates: [181, 10] }).join()).toContain(
      'out of range',
    );
    expect(rfc7946Problems({ type: 'Point', coordinates: [120, -91] }).join()).toContain(
      'out of range',
    );
  });

  it('accepts lines of two or more positions and rejects a single position', () => {
    expect(
      rfc7946Problems({
        type: 'LineString',
        coordinates: [
          [1, 1],
          [2, 2],
        ],
      }),
    ).toEqual([]);
    expect(rfc7946Problems({ type: 'LineString', coordinates: [[1, 1]] })).toHaveLength(1);
  });
});
