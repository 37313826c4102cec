import { describe, expect, it } from 'vitest';
import { createRegionIndex, regionIndexOf } from './createRegionIndex';
import { TEST_REGIONS } from '../testing/spatialRegions';

describe('regionIndexOf', () => {
  it('builds the index once per regions array and again for a new array', () => {
    const regions = [...TEST_REGIONS];
    const first = regionIndexOf(regions);
    expect(regionIndexOf(regions)).toBe(first);
    expect(regionIndexOf([...regions])).not.toBe(first);
  });

  it('locates exactly as a freshly built index does', () => {
    const cached = regionIndexOf(TEST_REGIONS);
    const fresh = createRegionIndex(TEST_REGIONS);
    for (const [x, y] of [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.2, 0.9],
      [3.1, 0.1],
      [2.5, 0.5],
    ] as const) {
      expect(cached.locate(x, y)).toBe(fresh.locate(x, y));
    }
    expect(cached.locate(1.5, 0.5)).toBe(2);
  });
});
