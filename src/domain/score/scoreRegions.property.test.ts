import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreRegions } from './scoreRegions';
import { SUBSYSTEMS } from './subsystems';
import { TEST_REGISTRY, testMatrix } from '../testing/scoreRegistry';
import type { WeightsConfig } from './weightsConfig';

const value = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
  nil: undefined,
  freq: 5,
});
const matrixArb = fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), {
  minLength: 1,
  maxLength: 8,
});
const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true }));
const weightsArb: fc.Arbitrary<WeightsConfig> = fc.record({
  subsystemWeights: fc.record({ compute: weight, power: weight, network: weight, data: weight }),
  mode: fc.constantFrom('manual' as const, 'entropy' as const),
  indicatorWeights: fc.record({ dc_count: weight, icc_count: weight, population_10k: weight }),
  disabledIndicators: fc.subarray(TEST_REGISTRY.map((d) => d.id)),
});
const inUnit = (x: number | undefined) => x === undefined || (x >= 0 && x <= 1);

describe('scoreRegions properties', () => {
  it('keeps D, C and T in [0, 1], zero weights included', () => {
    fc.assert(
      fc.property(matrixArb, weightsArb, (values, weights) => {
        const result = scoreRegions(testMatrix(values), weights, TEST_REGISTRY);
        for (const r of result.regions) {
          expect(inUnit(r.degree) && inUnit(r.coupling) && inUnit(r.comprehensive)).toBe(true);
          const scorable = r.missingSubsystems.length === 0 && result.activeSubsystems.length > 0;
          if (scorable && r.degree === undefined) return false;
        }
        return true;
      }),
    );
  });

  it('never lowers a region’s U_k when one of its positive indicators rises (manual weights)', () => {
    fc.assert(
      fc.property(
        matrixArb,
        weightsArb,
        fc.nat(),
        fc.constantFrom(0, 1, 2, 4),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (values, weights, pick, j, rise) => {
          const r = pick % values.length;
          const before = values[r]![j];
          if (before === undefined) return;
          const raised = values.map((row, i) =>
            row.map((x, k) => (i === r && k === j ? before + rise : x)),
          );
          const manual = { ...weights, mode: 'manual' as const };
          const k = TEST_REGISTRY[j]!.subsystem;
          const u0 = scoreRegions(testMatrix(values), manual, TEST_REGISTRY).regions[r]!
            .subsystemIndex[k];
          const u1 = scoreRegions(testMatrix(raised), manual, TEST_REGISTRY).regions[r]!
            .subsystemIndex[k];
          if (u0 !== undefined) expect(u1!).toBeGreaterThanOrEqual(u0 - 1e-12);
        },
      ),
    );
  });

  it('gives regions with equal values equal scores', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 2, max: 6 }),
        weightsArb,
        (row, m, weights) => {
          const regions = scoreRegions(
            testMatrix(Array.from({ length: m }, () => [...row])),
            weights,
            TEST_REGISTRY,
          ).regions;
          for (const region of regions) {
            expect(region.degree).toBe(regions[0]!.degree);
            expect(region.rank).toBe(regions[0]!.rank);
          }
        },
      ),
    );
  });

  it('never turns a missing value into 0: missing stays missing in the normalised matrix', () => {
    fc.assert(
      fc.property(matrixArb, weightsArb, (values, weights) => {
        const result = scoreRegions(testMatrix(values), weights, TEST_REGISTRY);
        values.forEach((row, r) =>
          row.forEach((x, j) =>
            expect(result.normalised[r]![j] === undefined).toBe(x === undefined),
          ),
        );
        result.regions.forEach((region, r) => {
          for (const k of SUBSYSTEMS) {
            const present = TEST_REGISTRY.some(
              (d, j) =>
                d.subsystem === k &&
                values[r]![j] !== undefined &&
                !weights.disabledIndicators.includes(d.id),
            );
            if (!present) expect(region.subsystemIndex[k]).toBeUndefined();
          }
        });
      }),
    );
  });
});
