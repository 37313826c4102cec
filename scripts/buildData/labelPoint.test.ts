import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { labelPoint } from './labelPoint';

const island: number[][][] = [
  [
    [10, 10],
    [10.1, 10],
    [10.1, 10.1],
    [10, 10.1],
    [10, 10],
  ],
];
// A "C" shape whose centroid falls in the notch, outside the polygon.
const cShape: number[][][] = [
  [
    [0, 0],
    [4, 0],
    [4, 1],
    [1, 1],
    [1, 3],
    [4, 3],
    [4, 4],
    [0, 4],
    [0, 0],
  ],
];

describe('labelPoint', () => {
  it('puts the label in the largest polygon, not a small island', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [island, cShape] };
    const [lon, lat] = labelPoint(geometry);
    expect(lon).toBeLessThan(5);
    expect(lat).toBeLessThan(5);
  });

  it('falls back to a point inside when the centroid lies outside the shape', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [cShape] };
    const point = labelPoint(geometry);
    expect(booleanPointInPolygon(point, { type: 'Polygon', coordinates: cShape })).toBe(true);
  });
});
