import { describe, expect, it } from 'vitest';
import type { LonLat } from '../atlas';
import { assignPointsToRegions } from './assignPointsToRegions';
import { assignRecordsToRegions } from './assignRecordsToRegions';
import { createRegionIndex } from './createRegionIndex';
import { TEST_REGIONS } from '../testing/spatialRegions';

const index = createRegionIndex(TEST_REGIONS);
const KM_PER_DEG = 111.195;

const records: { position: LonLat; regionId?: string; name: string }[] = [
  { name: 'inside west', position: [0.5, 0.5] },
  { name: 'in the hole', position: [1.5, 0.5] },
  { name: 'just below, stated east', position: [0.99, -3 / KM_PER_DEG], regionId: 'E' },
  {
    name: 'inside west near east, stated east',
    position: [1 - 1 / KM_PER_DEG, 0.5],
    regionId: 'E',
  },
  { name: 'far away', position: [10, 10] },
];
const options = { toleranceKm: 10, statedBorderKm: 2 };

describe('assignRecordsToRegions', () => {
  it('gives the same assignment as assignPointsToRegions with the records’ stated regions', () => {
    const fromRecords = assignRecordsToRegions(records, index, options);
    const fromPoints = assignPointsToRegions(
      records.map((r) => r.position),
      index,
      { ...options, statedRegionId: (i) => records[i]!.regionId },
    );
    expect([...fromRecords.regionOf]).toEqual([0, 2, 1, 1, -1]);
    expect(fromRecords).toEqual(fromPoints);
  });

  it('hands every record that lands in a region to visit, in order, and skips the others', () => {
    const seen: string[] = [];
    assignRecordsToRegions(records, index, options, (record, i, region) =>
      seen.push(`${i}:${record.name}:${region}`),
    );
    expect(seen).toEqual([
      '0:inside west:0',
      '1:in the hole:2',
      '2:just below, stated east:1',
      '3:inside west near east, stated east:1',
    ]);
  });

  it('reads a stated region only when the record has one of its own', () => {
    const inherited = Object.create({ regionId: 'E' }) as { position: LonLat; regionId?: string };
    Object.assign(inherited, { position: [0.99, -3 / KM_PER_DEG] });
    const result = assignRecordsToRegions([inherited], index, { toleranceKm: 10 });
    expect(result.regionOf[0]).toBe(0);
  });
});
