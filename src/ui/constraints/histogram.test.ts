import { describe, expect, it } from 'vitest';
import { histogram } from './histogram';

describe('histogram', () => {
  it('counts values in equal-width bins over the given range', () => {
    const bins = histogram([0, 1, 2, 3, 4, 9.9], 2, { min: 0, max: 10 });
    expect(bins).toEqual([
      { from: 0, to: 5, count: 5 },
      { from: 5, to: 10, count: 1 },
    ]);
  });

  it('puts a value on an inner edge into the upper bin and the maximum into the last bin', () => {
    const bins = histogram([5, 10], 2, { min: 0, max: 10 });
    expect(bins.map((bin) => bin.count)).toEqual([0, 2]);
  });

  it('clamps values outside the range into the end bins', () => {
    const bins = histogram([-3, 42], 4, { min: 0, max: 8 });
    expect(bins.map((bin) => bin.count)).toEqual([1, 0, 0, 1]);
  });

  it('skips non-finite values', () => {
    const bins = histogram([1, Number.NaN, Infinity, 2], 1, { min: 0, max: 4 });
    expect(bins[0]!.count).toBe(2);
  });

  it('uses the extent of the values when no range is given', () => {
    const bins = histogram([2, 4, 6], 2);
    expect(bins[0]!.from).toBe(2);
    expect(bins[1]!.to).toBe(6);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
  });

  it('gives no bins for no values and one full bin when every value is equal', () => {
    expect(histogram([], 5)).toEqual([]);
    expect(histogram([3, 3], 4).map((bin) => bin.count)).toEqual([2, 0, 0, 0]);
  });
});
