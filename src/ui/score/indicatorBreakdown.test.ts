import { describe, expect, it } from 'vitest';
import { indicatorBreakdown } from './indicatorBreakdown';
import { regionScoreView } from './scoreView';
import { testAnalysis, TEST_WEIGHTS } from '../../domain/testing/scoreAnalysis';

const analysis = testAnalysis();

describe('indicatorBreakdown', () => {
  it('gives each indicator its raw and normalised value and its weight within the subsystem', () => {
    const lines = indicatorBreakdown(analysis, regionScoreView(analysis, 'R1')!, TEST_WEIGHTS);
    const dc = lines.find((line) => line.id === 'dc_count')!;
    expect(dc).toMatchObject({ raw: 4, subsystem: 'compute', missing: false, enabled: true });
    expect(dc.normalised).toBeCloseTo(0.406, 12);
    expect(dc.weight).toBeCloseTo(0.75, 12);
    expect(lines.find((line) => line.id === 'icc_count')).toMatchObject({ missing: true });
    expect(lines.find((line) => line.id === 'latency_to_demand_ms')!.lowerIsBetter).toBe(true);
  });

  it('gives a switched-off indicator no weight', () => {
    const weights = { ...TEST_WEIGHTS, disabledIndicators: ['icc_count' as const] };
    const off = testAnalysis(weights);
    const lines = indicatorBreakdown(off, regionScoreView(off, 'R2')!, weights);
    expect(lines.find((line) => line.id === 'icc_count')).toMatchObject({
      enabled: false,
      weight: 0,
    });
    expect(lines.find((line) => line.id === 'dc_count')!.weight).toBe(1);
  });
});
