import { describe, expect, it } from 'vitest';
import { greatCirclePath } from './greatCirclePath';
import { haversineKm } from './haversineKm';

describe('greatCirclePath', () => {
  it('starts and ends exactly at the two ends, with evenly spaced steps', () => {
    const path = greatCirclePath([87.6, 43.8], [121.5, 31.2], 10);
    expect(path).toHaveLength(10);
    expect(path[0]).toEqual([87.6, 43.8]);
    expect(path.at(-1)).toEqual([121.5, 31.2]);
    const steps = path.slice(1).map((p, i) => haversineKm(path[i]!, p));
    const total = haversineKm([87.6, 43.8], [121.5, 31.2]);
    for (const step of steps) expect(step).toBeCloseTo(total / 9, 6);
  });

  it('gives a straight two-point path for equal ends', () => {
    expect(greatCirclePath([100, 30], [100, 30], 2)).toEqual([
      [100, 30],
      [100, 30],
    ]);
  });
});
