import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateRankRanges, rankRobustness } from './rankRobustness';

const terms = [
  { id: 'a', weight: 0.5 },
  { id: 'b', weight: 0.5 },
];

describe('rank robustness', () => {
  it('keeps an item that is best on every criterion first in every draw', () => {
    const ranges = candidateRankRanges(
      [{ means: { a: 0.9, b: 0.9 } }, { means: { a: 0.5, b: 0.8 } }, { means: { a: 0.2, b: 0.1 } }],
      terms,
    );
    expect(ranges[0]).toEqual({ p5: 1, p95: 1, median: 1, topShare: 1 });
    expect(ranges[2]).toMatchObject({ p5: 3, p95: 3 });
  });

  it('lets two items that trade criteria swap places under ±20 % weights', () => {
    const ranges = candidateRankRanges(
      [{ means: { a: 0.8, b: 0.4 } }, { means: { a: 0.4, b: 0.79 } }],
      terms,
      { top: 1 },
    );
    expect(ranges[0]).toMatchObject({ p5: 1, p95: 2 });
    expect(ranges[0]!.topShare).toBeGreaterThan(0.3);
    expect(ranges[0]!.topShare + ranges[1]!.topShare).toBeCloseTo(1, 9);
  });

  it('gives the same ranges for the same seed, and the plain ranking with no spread', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 }),
        (a) => {
          const items = a.map((x, k) => ({ means: { a: x, b: 1 - x + k * 1e-3 } }));
          expect(candidateRankRanges(items, terms)).toEqual(candidateRankRanges(items, terms));
          const fixed = candidateRankRanges(items, terms, { spread: 0 });
          const ranks = fixed.map((r) => r.p5);
          expect(fixed.map((r) => r.p95)).toEqual(ranks);
          expect(new Set(ranks).size).toBe(items.length);
        },
      ),
    );
  });

  it('draws 200 times by default and ranks ties by item order', () => {
    let calls = 0;
    const ranges = rankRobustness(2, [1], () => (calls++, 1));
    expect(calls).toBe(400);
    expect(ranges.map((r) => r.median)).toEqual([1, 2]);
  });
});
