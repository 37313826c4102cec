import { lineString, pointToLineDistance } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSegmentIndex, type PolylinePaths } from './createSegmentIndex';

const lon = fc.double({ min: 73, max: 135, noNaN: true });
const lat = fc.double({ min: 18, max: 54, noNaN: true });
const path = fc.array(fc.tuple(lon, lat), { minLength: 2, maxLength: 5 });
const item = fc.array(path, { minLength: 1, maxLength: 2 });

function bruteForceKm(items: PolylinePaths[], p: [number, number], keep: (i: number) => boolean) {
  let best: number | undefined;
  items.forEach((paths, i) => {
    if (!keep(i)) return;
    for (const coords of paths) {
      const km = pointToLineDistance(p, lineString(coords as [number, number][]));
      if (best === undefined || km < best) best = km;
    }
  });
  return best;
}

describe('createSegmentIndex', () => {
  it('finds the same nearest distance as a brute-force turf scan, with and without a filter', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 12 }),
        fc.tuple(lon, lat),
        (items, p) => {
          const index = createSegmentIndex(items);
          const odd = (i: number) => i % 2 === 1;
          for (const keep of [() => true, odd]) {
            const expected = bruteForceKm(items, p, keep);
            const hit = index.nearest(p[0], p[1], keep);
            if (expected === undefined) expect(hit).toBeUndefined();
            else expect(hit?.distanceKm).toBeCloseTo(expected, 3);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports which polyline is nearest', () => {
    const index = createSegmentIndex([
      [
        [
          [100, 30],
          [101, 30],
        ],
      ],
      [
        [
          [110, 30],
          [111, 30],
        ],
      ],
    ]);
    expect(index.nearest(110.5, 30.2)?.item).toBe(1);
  });

  it('answers undefined when there are no segments', () => {
    expect(createSegmentIndex([]).nearest(100, 30)).toBeUndefined();
  });
});
