import { describe, expect, it } from 'vitest';
import { assignPointsToRegions } from './assignPointsToRegions';
import { createRegionIndex } from './createRegionIndex';
import { TEST_REGIONS } from '../testing/spatialRegions';

const index = createRegionIndex(TEST_REGIONS);
const KM_PER_DEG = 111.195;

describe('assignPointsToRegions', () => {
  it('gives a point inside a polygon that polygon’s region', () => {
    const result = assignPointsToRegions(
      [
        [0.5, 0.5],
        [1.2, 0.5],
      ],
      index,
      { toleranceKm: 0 },
    );
    expect([...result.regionOf]).toEqual([0, 1]);
    expect(result.byTolerance).toEqual([]);
  });

  it('honours holes: a point in the hole belongs to the island, not the holed region', () => {
    const result = assignPointsToRegions([[1.5, 0.5]], TEST_REGIONS, { toleranceKm: 0 });
    expect(result.regionOf[0]).toBe(2);
  });

  it('finds the second part of a multipolygon', () => {
    const result = assignPointsToRegions([[3.1, 0.1]], index, { toleranceKm: 0 });
    expect(result.regionOf[0]).toBe(2);
  });

  it('assigns a point just outside to the nearest region within tolerance and reports it', () => {
    const justBelowWest: [number, number] = [0.5, -5 / KM_PER_DEG];
    const result = assignPointsToRegions([justBelowWest], index, { toleranceKm: 10 });
    expect(result.regionOf[0]).toBe(0);
    expect(result.byTolerance).toEqual([0]);
    expect(result.unassigned).toEqual([]);
  });

  it('prefers the stated region when it is within tolerance, even if another is nearer', () => {
    const belowBorder: [number, number] = [0.99, -3 / KM_PER_DEG];
    const nearest = assignPointsToRegions([belowBorder], index, { toleranceKm: 10 });
    const stated = assignPointsToRegions([belowBorder], index, {
      toleranceKm: 10,
      statedRegionId: () => 'E',
    });
    expect(nearest.regionOf[0]).toBe(0);
    expect(stated.regionOf[0]).toBe(1);
  });

  it('ignores a stated region beyond tolerance and falls back to the nearest', () => {
    const result = assignPointsToRegions([[0.5, -2 / KM_PER_DEG]], index, {
      toleranceKm: 5,
      statedRegionId: () => 'I',
    });
    expect(result.regionOf[0]).toBe(0);
  });

  it('leaves a point outside every region and beyond tolerance unassigned', () => {
    const result = assignPointsToRegions([[10, 10]], index, { toleranceKm: 50 });
    expect(result.regionOf[0]).toBe(-1);
    expect(result.unassigned).toEqual([0]);
  });
});

describe('assignPointsToRegions near a border with a stated region', () => {
  const justInsideWest: [number, number] = [1 - 1 / KM_PER_DEG, 0.5];

  it('keeps containment by default', () => {
    const result = assignPointsToRegions([justInsideWest], index, {
      toleranceKm: 10,
      statedRegionId: () => 'E',
    });
    expect(result.regionOf[0]).toBe(0);
  });

  it('trusts the stated neighbour within statedBorderKm and reports it', () => {
    const options = { toleranceKm: 10, statedRegionId: () => 'E', statedBorderKm: 2 };
    const result = assignPointsToRegions([justInsideWest, [0.5, 0.5]], index, options);
    expect([...result.regionOf]).toEqual([1, 0]);
    expect(result.byTolerance).toEqual([0]);
  });
});
