import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPointIndex } from './createPointIndex';
import { haversineKmRaw } from './haversineKm';

const lon = fc.double({ min: 73, max: 135, noNaN: true });
const lat = fc.double({ min: 18, max: 54, noNaN: true });

describe('createPointIndex', () => {
  it('finds the great-circle nearest point, as a brute-force scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lon, lat), { minLength: 1, maxLength: 40 }),
        fc.tuple(lon, lat),
        (points, p) => {
          const index = createPointIndex(
            points.map((q) => q[0]),
            points.map((q) => q[1]),
          );
          const expected = Math.min(...points.map((q) => haversineKmRaw(p[0], p[1], q[0], q[1])));
          expect(index.nearest(p[0], p[1])?.distanceKm).toBeCloseTo(expected, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists the few nearest points in great-circle order, as a brute-force sort does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lon, lat), { minLength: 1, maxLength: 40 }),
        fc.tuple(lon, lat),
        (points, p) => {
          const index = createPointIndex(
            points.map((q) => q[0]),
            points.map((q) => q[1]),
          );
          const sorted = points
            .map((q) => haversineKmRaw(p[0], p[1], q[0], q[1]))
            .sort((a, b) => a - b);
          const few = index.nearestFew(p[0], p[1], 3).map((hit) => hit.distanceKm);
          expect(few).toHaveLength(Math.min(3, points.length));
          few.forEach((km, i) => expect(km).toBeCloseTo(sorted[i]!, 9));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps only the near points within a factor of the nearest distance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(lon, lat), { minLength: 1, maxLength: 40 }),
        fc.tuple(lon, lat),
        (points, p) => {
          const index = createPointIndex(
            points.map((q) => q[0]),
            points.map((q) => q[1]),
          );
          const sorted = points
            .map((q) => haversineKmRaw(p[0], p[1], q[0], q[1]))
            .sort((a, b) => a - b);
          const expected = sorted.filter((km) => km <= sorted[0]! * 1.5).slice(0, 3);
          const few = index.nearestFew(p[0], p[1], 3, 1.5).map((hit) => hit.distanceKm);
          expect(few).toHaveLength(expected.length);
          few.forEach((km, i) => expect(km).toBeCloseTo(expected[i]!, 9));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists every few nearest point, not only the first, when the query sits on a point', () => {
    const index = createPointIndex([100, 100.1, 100.2], [30, 30, 30]);
    expect(index.nearestFew(100, 30, 3).map((hit) => hit.index)).toEqual([0, 1, 2]);
  });

  it('prefers the geodesically nearer point over the one nearer in degrees', () => {
    // At 50°N a degree of longitude is 71.5 km, a degree of latitude 111.2 km.
    const index = createPointIndex([101.3, 100], [50, 51]);
    expect(index.nearest(100, 50)?.index).toBe(0);
  });

  it('skips points that are not eligible and answers undefined when none is', () => {
    const index = createPointIndex([100, 110], [30, 30]);
    expect(index.nearest(100, 30, (i) => i === 1)?.index).toBe(1);
    expect(index.nearest(100, 30, () => false)).toBeUndefined();
  });
});
