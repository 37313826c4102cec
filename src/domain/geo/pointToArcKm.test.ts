import { lineString, midpoint, pointToLineDistance } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arcBounds } from './arcBounds';
import { ARC_STRIDE, pointToArcKm, writeArc } from './pointToArcKm';
import { unitVector } from './unitVector';

function arcOf(a: [number, number], b: [number, number]): Float64Array {
  const arcs = new Float64Array(ARC_STRIDE);
  writeArc(unitVector(a[0], a[1]), unitVector(b[0], b[1]), arcs, 0);
  return arcs;
}

function distanceKm(p: [number, number], a: [number, number], b: [number, number]): number {
  const c = unitVector(p[0], p[1]);
  return pointToArcKm(c[0]!, c[1]!, c[2]!, arcOf(a, b), 0);
}

const lonLat = fc.tuple(
  fc.double({ min: 73, max: 135, noNaN: true }),
  fc.double({ min: 18, max: 54, noNaN: true }),
);

describe('pointToArcKm', () => {
  it('measures the perpendicular distance to the middle of a meridian segment', () => {
    expect(distanceKm([101, 30], [100, 29], [100, 31])).toBeCloseTo(96.3, 0);
  });

  it('measures to the nearer end when the foot falls outside the arc', () => {
    expect(distanceKm([100, 33], [100, 29], [100, 31])).toBeCloseTo(222.39, 1);
  });

  it('treats a zero-length segment as a point', () => {
    expect(distanceKm([100, 31], [100, 30], [100, 30])).toBeCloseTo(111.19, 1);
  });

  it('agrees with turf pointToLineDistance on random points and segments', () => {
    fc.assert(
      fc.property(lonLat, lonLat, lonLat, (p, a, b) => {
        const expected = pointToLineDistance(p, lineString([a, b]));
        expect(distanceKm(p, a, b)).toBeCloseTo(expected, 3);
      }),
    );
  });
});

describe('arcBounds', () => {
  it('includes the poleward bulge of a long east–west arc', () => {
    const arcs = arcOf([80, 45], [130, 45]);
    const [west, south, east, north] = arcBounds(80, 45, 130, 45, arcs, 0);
    expect([west, south, east]).toEqual([80, 45, 130]);
    const vertexLatDeg = (Math.atan(1 / Math.cos((25 * Math.PI) / 180)) * 180) / Math.PI;
    expect(north).toBeCloseTo(vertexLatDeg, 9);
    expect(north).toBeCloseTo(midpoint([80, 45], [130, 45]).geometry.coordinates[1]!, 6);
  });

  it('is the plain box of the ends for a meridian arc', () => {
    const arcs = arcOf([100, 20], [100, 40]);
    expect(arcBounds(100, 20, 100, 40, arcs, 0)).toEqual([100, 20, 100, 40]);
  });
});
