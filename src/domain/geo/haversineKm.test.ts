import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { haversineKm } from './haversineKm';

describe('haversineKm', () => {
  it('agrees with turf distance in kilometres', () => {
    const beijing = [116.4, 39.9] as const;
    const guiyang = [106.63, 26.65] as const;
    expect(haversineKm(beijing, guiyang)).toBeCloseTo(distance([...beijing], [...guiyang]), 6);
  });

  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineKm([100, 30], [100, 31])).toBeCloseTo(111.195, 2);
  });

  it('is zero for the same point', () => {
    expect(haversineKm([120, 30], [120, 30])).toBe(0);
  });
});
