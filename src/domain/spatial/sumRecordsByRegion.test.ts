import { describe, expect, it } from 'vitest';
import type { LonLat } from '../atlas';
import { createRegionIndex } from './createRegionIndex';
import { sumRecordsByRegion } from './sumRecordsByRegion';
import { TEST_REGIONS } from '../testing/spatialRegions';

const index = createRegionIndex(TEST_REGIONS);
interface Site {
  readonly position: LonLat;
  readonly open: boolean;
  readonly mw?: number;
}
const sites: Site[] = [
  { position: [0.5, 0.5], open: true, mw: 10 },
  { position: [0.6, 0.5], open: false, mw: 99 },
  { position: [1.2, 0.5], open: true },
  { position: [1.5, 0.5], open: true, mw: 4 },
  { position: [9, 9], open: true, mw: 1000 },
];

describe('sumRecordsByRegion', () => {
  it('computes several filtered sums per region in one pass, unknown-only regions missing', () => {
    const open = (s: Site) => s.open;
    const { totals, assignment } = sumRecordsByRegion(sites, index, { toleranceKm: 0 }, [
      { where: open, value: () => 1 },
      { where: open, value: (s) => s.mw },
      { value: () => 1 },
    ]);
    expect(totals.map((t) => t.column())).toEqual([
      [1, 1, 1],
      [10, undefined, 4],
      [2, 1, 1],
    ]);
    expect(assignment.unassigned).toEqual([4]);
  });

  it('calls a filter shared by several sums once per record in a region', () => {
    let calls = 0;
    const open = (s: Site) => (calls++, s.open);
    sumRecordsByRegion(sites, index, { toleranceKm: 0 }, [
      { where: open, value: () => 1 },
      { where: open, value: (s) => s.mw },
    ]);
    expect(calls).toBe(4);
  });
});
