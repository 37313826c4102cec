// Fixed goalposts keep D comparable across years: a region that gains capacity gains D, where
// today's per-year min–max can re-scale its gain away when others gain more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreRegions, normalisedMatrix } from '../score/scoreRegions';
import { DEFAULT_WEIGHTS, type WeightsConfig } from '../score/weightsConfig';
import { TEST_REGISTRY, testMatrix } from '../testing/scoreRegistry';
import { rangeGoalposts } from './scoreScale';

const MANUAL: WeightsConfig = { ...DEFAULT_WEIGHTS, mode: 'manual', disabledIndicators: [] };
const CAPACITY = 2; // generation_capacity_gw, a '+' indicator of the power subsystem
const degreeOf = (values: number[][], r: number, options = {}, weights = MANUAL) =>
  scoreRegions(testMatrix(values), weights, TEST_REGISTRY, options).regions[r]!.degree!;

describe('comparable scores across years', () => {
  // Regions W, X, Y; X gains capacity 10 → 15 GW, Y gains far more, 20 → 60; nothing else moves.
  const row = (capacity: number) => [3, 2, capacity, 10, 500];
  const before = [row(0), row(10), row(20)];
  const after = [row(0), row(15), row(60)];

  it('re-scales a region’s gain away under per-year min–max when others gain more', () => {
    expect(degreeOf(after, 1)).toBeLessThan(degreeOf(before, 1));
  });

  it('raises the D of a region that gains capacity under fixed goalposts', () => {
    const goalposts = rangeGoalposts([testMatrix(before), testMatrix(after)]);
    expect(goalposts.generation_capacity_gw).toEqual({ min: 0, max: 60 });
    expect(degreeOf(after, 1, { goalposts })).toBeGreaterThan(degreeOf(before, 1, { goalposts }));
  });

  const present = fc.double({ min: 0, max: 1000, noNaN: true });
  const matrixArb = fc.array(fc.array(present, { minLength: 5, maxLength: 5 }), {
    minLength: 2,
    maxLength: 6,
  });

  it('never lowers D when a region’s capacity rises, with goalposts over both years (equal α)', () => {
    fc.assert(
      fc.property(
        matrixArb,
        fc.nat(),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.boolean(),
        (values, pick, rise, frozenEntropy) => {
          const r = pick % values.length;
          const raised = values.map((row, i) =>
            row.map((x, j) => (i === r && j === CAPACITY ? x + rise : x)),
          );
          const goalposts = rangeGoalposts([testMatrix(values), testMatrix(raised)]);
          const base = normalisedMatrix(testMatrix(values), TEST_REGISTRY, goalposts);
          const weights = frozenEntropy ? DEFAULT_WEIGHTS : MANUAL;
          const options = { goalposts, ...(frozenEntropy ? { weightsFrom: base } : {}) };
          const d0 = degreeOf(values, r, options, weights);
          const d1 = degreeOf(raised, r, options, weights);
          expect(d1).toBeGreaterThanOrEqual(d0 - 1e-12);
        },
      ),
    );
  });
});
