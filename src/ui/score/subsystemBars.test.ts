import { describe, expect, it } from 'vitest';
import { regionScoreView } from './scoreView';
import { subsystemBars } from './subsystemBars';
import { testAnalysis } from '../../domain/testing/scoreAnalysis';

const analysis = testAnalysis();

describe('subsystemBars', () => {
  it('draws each U_k as a share of the full width and marks the bottleneck', () => {
    const bars = subsystemBars(regionScoreView(analysis, 'R3')!.score, analysis.scores);
    expect(bars.map((bar) => bar.subsystem)).toEqual(['compute', 'power', 'network', 'data']);
    expect(bars[0]!.widthPct).toBeCloseTo(75.25, 9);
    expect(bars.filter((bar) => bar.isBottleneck).map((bar) => bar.subsystem)).toEqual(['power']);
    expect(bars[0]!.alpha).toBeCloseTo(0.4, 12);
  });

  it('gives a region without data no bars rather than zero-valued ones', () => {
    const bars = subsystemBars(regionScoreView(analysis, 'R4')!.score, analysis.scores);
    expect(bars.every((bar) => bar.value === undefined && bar.widthPct === 0)).toBe(true);
    expect(bars.some((bar) => bar.isBottleneck)).toBe(false);
  });
});
