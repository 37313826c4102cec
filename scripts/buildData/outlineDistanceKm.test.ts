import { pointToPolygonDistance } from '@turf/turf';
import fc from 'fast-check';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { outlineDistanceKm } from './outlineDistanceKm';

// A jagged ring (a 40-point star around 110°E 30°N) and a square with a hole, counter-clockwise.
const star = Array.from({ length: 40 }, (_, i) => {
  const angle = (i / 40) * 2 * Math.PI;
  const r = i % 2 === 0 ? 2 : 0.7;
  return [110 + r * Math.cos(angle), 30 + r * Math.sin(angle)];
});
const region: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [[...star, star[0]!]],
    [
      [
        [115, 40],
        [118, 40],
        [118, 43],
        [115, 43],
        [115, 40],
      ],
      [
        [116, 41],
        [116, 42],
        [117, 42],
        [117, 41],
        [116, 41],
      ],
    ],
  ],
};

describe('outlineDistanceKm', () => {
  it('gives exactly the distance turf gives for points outside, near or far', () => {
    const lon = fc.double({ min: 105, max: 122, noNaN: true });
    const lat = fc.double({ min: 25, max: 46, noNaN: true });
    fc.assert(
      fc.property(lon, lat, (x, y) => {
        const turf = Math.abs(pointToPolygonDistance([x, y], region, { units: 'kilometers' }));
        expect(outlineDistanceKm([x, y], region)).toBe(turf);
      }),
      { numRuns: 300 },
    );
  });

  it('measures a point in a hole to the hole’s edge', () => {
    expect(outlineDistanceKm([116.5, 41.5], region)).toBeCloseTo(41.6, 0);
  });
});
