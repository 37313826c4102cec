import { describe, expect, it } from 'vitest';
import { TEST_WEIGHTS, testAnalysis } from '../testing/scoreAnalysis';
import { TEST_REGISTRY as INDICATOR_REGISTRY } from '../testing/scoreRegistry';
import { provinceRankRanges } from './provinceRankRanges';
import { scoreRegions } from './scoreRegions';
import type { WeightsConfig } from './weightsConfig';

// Three scored regions (R1–R3) and one without data (R4), the score tests' hand-computed matrix.
const { raw } = testAnalysis();
const manual = TEST_WEIGHTS;
const DEFAULT_WEIGHTS: WeightsConfig = { ...TEST_WEIGHTS, mode: 'entropy' };

describe('provinceRankRanges', () => {
  it.each([DEFAULT_WEIGHTS, manual])(
    'gives every ranked region its own rank when the weights do not move',
    (config) => {
      const fixed = provinceRankRanges(raw, config, INDICATOR_REGISTRY, { spread: 0 });
      const scores = scoreRegions(raw, config, INDICATOR_REGISTRY);
      for (const region of scores.regions) {
        if (region.rank === undefined) expect(fixed[region.regionId]).toBeUndefined();
        else expect(fixed[region.regionId]).toMatchObject({ p5: region.rank, p95: region.rank });
      }
    },
  );

  it('widens ranges under ±20 % weights but keeps them inside the ranked regions, reproducibly', () => {
    const ranges = provinceRankRanges(raw, manual, INDICATOR_REGISTRY);
    const ranked = Object.keys(ranges).length;
    for (const range of Object.values(ranges)) {
      expect(range.p5).toBeGreaterThanOrEqual(1);
      expect(range.p95).toBeLessThanOrEqual(ranked);
      expect(range.p5).toBeLessThanOrEqual(range.p95);
    }
    expect(provinceRankRanges(raw, manual, INDICATOR_REGISTRY)).toEqual(ranges);
  });
});
