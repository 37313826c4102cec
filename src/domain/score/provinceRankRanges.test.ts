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
      const fixed = provinceRankRanges(raw, config, INDICATOR_REGISTRY, {
        robustness: { spread: 0 },
      });
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

  it('ranks on the goalposts of an as-of view when given them', () => {
    // Goalposts that clamp the first indicator flat: it no longer separates the regions.
    const first = raw.indicatorIds[0]!;
    const top = Math.max(...raw.values.flatMap((row) => (row[0] === undefined ? [] : [row[0]])));
    const goalposts = { [first]: { min: top, max: top + 1 } };
    const fixed = provinceRankRanges(raw, manual, INDICATOR_REGISTRY, {
      robustness: { spread: 0 },
      score: { goalposts },
    });
    const onGoalposts = scoreRegions(raw, manual, INDICATOR_REGISTRY, { goalposts });
    const perMatrix = scoreRegions(raw, manual, INDICATOR_REGISTRY);
    const ranks = (result: typeof perMatrix) => result.regions.map((r) => r.rank);
    expect(ranks(onGoalposts)).not.toEqual(ranks(perMatrix));
    for (const region of onGoalposts.regions) {
      if (region.rank !== undefined) {
        expect(fixed[region.regionId]).toMatchObject({ p5: region.rank, p95: region.rank });
      }
    }
  });
});
