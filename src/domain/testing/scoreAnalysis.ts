// Fixtures for the score UI tests: the domain's hand-computed three-region matrix scored for real,
// plus a fourth region without data, so helpers see present, partial and missing scores.
import { scoreRegions } from '../score/scoreRegions';
import { TEST_REGISTRY } from './scoreRegistry';
import type { WeightsConfig } from '../score/weightsConfig';
import type { ScoreAnalysis } from '../analysis';

export const TEST_WEIGHTS: WeightsConfig = {
  subsystemWeights: { compute: 2, power: 1, network: 1, data: 1 },
  mode: 'manual',
  indicatorWeights: { dc_count: 3, icc_count: 1 },
  disabledIndicators: [],
};

/** Columns dc_count, icc_count, generation_capacity_gw, latency_to_demand_ms (−), population_10k. */
export const TEST_VALUES: (number | undefined)[][] = [
  [4, undefined, 10, 30, 300],
  [0, 4, 30, 10, 100],
  [10, 2, 20, 20, 500],
  [undefined, undefined, undefined, undefined, undefined],
];

/** Regions R1–R3 scored (D ≈ 0.278, 0.448, 0.821), R4 with every value missing. */
export function testAnalysis(weights: WeightsConfig = TEST_WEIGHTS): ScoreAnalysis {
  const raw = {
    regionIds: ['R1', 'R2', 'R3', 'R4'],
    indicatorIds: TEST_REGISTRY.map((d) => d.id),
    values: TEST_VALUES,
    assignment: {},
  };
  return { raw, scores: scoreRegions(raw, weights, TEST_REGISTRY) };
}
