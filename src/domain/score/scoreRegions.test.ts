import { describe, expect, it } from 'vitest';
import { COORDINATION_CLASSES } from './coordinationClasses';
import { scoreRegions } from './scoreRegions';
import { TEST_REGISTRY, testMatrix } from '../testing/scoreRegistry';
import type { WeightsConfig } from './weightsConfig';

// Raw values (columns c1 c2 p1 n1(−) d1):
//   R1:  4  —  10  30  300
//   R2:  0  4  30  10  100
//   R3: 10  2  20  20  500
// Normalised x' = 0.01 + 0.99·share:
//   c1: min 0 max 10 → R1 0.406, R2 0.01, R3 1
//   c2: over R2, R3 only → R2 1, R3 0.01 (R1 missing)
//   p1: R1 0.01, R2 1, R3 0.505;  n1 mirrored: R1 0.01, R2 1, R3 0.505;  d1: R1 0.505, R2 0.01, R3 1
// Manual weights c1 = 3, c2 = 1 → 0.75 / 0.25; α = 2:1:1:1 → 0.4, 0.2, 0.2, 0.2.
//   U_compute: R1 = 0.406 (c2 missing, c1 renormalised to weight 1), R2 = 0.75·0.01 + 0.25·1 = 0.2575,
//              R3 = 0.75·1 + 0.25·0.01 = 0.7525
//   T: R1 = 0.4·0.406 + 0.2·(0.01 + 0.01 + 0.505) = 0.2674; R2 = 0.4·0.2575 + 0.2·2.01 = 0.505;
//      R3 = 0.4·0.7525 + 0.2·2.01 = 0.703
//   C = 4·(ΠU)^(1/4)/ΣU: R1 ΠU = 0.406·0.01·0.01·0.505 = 2.0503e-5, ΣU = 0.931 → C ≈ 0.289111
//      R2 ΠU = 0.2575·1·1·0.01 = 0.002575, ΣU = 2.2675 → C ≈ 0.397381
//      R3 ΠU = 0.7525·0.505·0.505·1 = 0.1919063125, ΣU = 2.7625 → C ≈ 0.958363
//   D = √(C·T): R1 ≈ 0.278044 (class 2), R2 ≈ 0.447970 (class 4), R3 ≈ 0.820810 (class 8)
const matrix = testMatrix([
  [4, undefined, 10, 30, 300],
  [0, 4, 30, 10, 100],
  [10, 2, 20, 20, 500],
]);
const weights: WeightsConfig = {
  subsystemWeights: { compute: 2, power: 1, network: 1, data: 1 },
  mode: 'manual',
  indicatorWeights: { dc_count: 3, icc_count: 1 },
  disabledIndicators: [],
};
const expected = [
  { u: [0.406, 0.01, 0.01, 0.505], t: 0.2674, product: 2.0503e-5, sum: 0.931, cls: 2 },
  { u: [0.2575, 1, 1, 0.01], t: 0.505, product: 0.002575, sum: 2.2675, cls: 4 },
  { u: [0.7525, 0.505, 0.505, 1], t: 0.703, product: 0.1919063125, sum: 2.7625, cls: 8 },
];

describe('scoreRegions on a hand-computed three-region fixture', () => {
  const result = scoreRegions(matrix, weights, TEST_REGISTRY);

  it('computes U_k with missing indicators left out and their weight renormalised', () => {
    result.regions.forEach((region, r) => {
      const u = region.subsystemIndex;
      [u.compute, u.power, u.network, u.data].forEach((value, k) =>
        expect(value).toBeCloseTo(expected[r]!.u[k]!, 9),
      );
    });
    expect(result.regions[0]!.missingIndicators).toEqual(['icc_count']);
  });

  it('computes C, T and D to 1e-9 and the ten-class label', () => {
    result.regions.forEach((region, r) => {
      const { t, product, sum, cls } = expected[r]!;
      const coupling = (4 * product ** 0.25) / sum;
      expect(region.coupling).toBeCloseTo(coupling, 9);
      expect(region.comprehensive).toBeCloseTo(t, 9);
      expect(region.degree).toBeCloseTo(Math.sqrt(coupling * t), 9);
      expect(region.classIndex).toBe(cls);
    });
    expect(COORDINATION_CLASSES[result.regions[2]!.classIndex!]!.label.zh).toBe('良好协调');
  });

  it('names the lowest subsystem as the bottleneck and ranks by D', () => {
    expect(result.regions.map((r) => r.bottleneck)).toEqual(['power', 'data', 'power']);
    expect(result.regions.map((r) => r.rank)).toEqual([3, 2, 1]);
  });

  it('marks a region with no indicator in a subsystem as missing D instead of scoring it', () => {
    const gap = testMatrix([
      [4, 1, 10, undefined, 300],
      [0, 4, 30, 10, 100],
    ]);
    const [first, second] = scoreRegions(gap, weights, TEST_REGISTRY).regions;
    expect(first!.missingSubsystems).toEqual(['network']);
    expect(first!.degree).toBeUndefined();
    expect(first!.rank).toBeUndefined();
    expect(second!.rank).toBe(1);
  });

  it('drops a subsystem whose indicators are all switched off from C and T', () => {
    const off = scoreRegions(
      matrix,
      { ...weights, disabledIndicators: ['latency_to_demand_ms'] },
      TEST_REGISTRY,
    );
    expect(off.activeSubsystems).toEqual(['compute', 'power', 'data']);
    const [c, p, d] = [0.406, 0.01, 0.505];
    // α 2:1:1 over the three active subsystems → 0.5, 0.25, 0.25
    expect(off.regions[0]!.comprehensive).toBeCloseTo(0.5 * c + 0.25 * p + 0.25 * d, 9);
    expect(off.regions[0]!.coupling).toBeCloseTo((3 * Math.cbrt(c * p * d)) / (c + p + d), 9);
  });
});
