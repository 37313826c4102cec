import { describe, expect, it } from 'vitest';
import type { LonLat } from '../atlas';
import { nearestPointDistanceKm } from './nearestPointDistanceKm';

const nodes = Object.freeze([
  { position: [100, 31] as LonLat, kind: 'ixp' },
  { position: [100, 32] as LonLat, kind: 'backbone' },
]);

describe('nearestPointDistanceKm', () => {
  it('measures the great-circle distance to the nearest eligible place', () => {
    expect(nearestPointDistanceKm([[100, 30]], nodes)[0]).toBeCloseTo(111.2, 1);
    expect(nearestPointDistanceKm([[100, 30]], nodes, (n) => n.kind === 'backbone')[0]).toBeCloseTo(
      222.4,
      1,
    );
  });

  it('answers undefined when no place is eligible', () => {
    expect(nearestPointDistanceKm([[100, 30]], nodes, () => false)).toEqual([undefined]);
    expect(nearestPointDistanceKm([[100, 30]], [])).toEqual([undefined]);
  });
});
