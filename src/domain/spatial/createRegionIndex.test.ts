import { describe, expect, it } from 'vitest';
import { createRegionIndex, regionIndexOf } from './createRegionIndex';
import { TEST_REGIONS } from './testRegions';

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

describe('isFarFromEdges', () => {
  const index = createRegionIndex(TEST_REGIONS);

  it('is true only where nearestWithinKm finds no edge, and true for most inner points', () => {
    let far = 0;
    for (let i = 0; i < 2000; i++) {
      const [x, y] = [-0.2 + ((i * 0.6180339887) % 1) * 3.6, -0.2 + ((i * 0.7548776662) % 1) * 1.4];
      for (const km of [0.5, 2, 5, 8, 12, 18]) {
        if (!index.isFarFromEdges(x, y, km)) continue;
        far++;
        expect(index.nearestWithinKm(x, y, km)).toBeUndefined();
      }
    }
    expect(far).toBeGreaterThan(1000);
  });

  it('is never sure beyond a cell’s width', () => {
    expect(index.isFarFromEdges(0.5, 0.5, 1)).toBe(true);
    expect(index.isFarFromEdges(0.5, 0.5, 100)).toBe(false);
  });
});
