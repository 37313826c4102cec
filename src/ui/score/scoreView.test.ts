import { describe, expect, it } from 'vitest';
import { regionScoreView, relevantMissing } from './scoreView';
import { testAnalysis } from '../../domain/testing/scoreAnalysis';

const analysis = testAnalysis();

describe('regionScoreView', () => {
  it('finds a region by id and nothing for an unknown id', () => {
    expect(regionScoreView(analysis, 'R2')!.raw).toEqual([0, 4, 30, 10, 100]);
    expect(regionScoreView(analysis, 'nowhere')).toBeUndefined();
  });
});

describe('relevantMissing', () => {
  it('leaves out missing indicators that are switched off', () => {
    const r1 = regionScoreView(analysis, 'R1')!.score;
    expect(relevantMissing(r1, { disabledIndicators: [] })).toEqual(['icc_count']);
    expect(relevantMissing(r1, { disabledIndicators: ['icc_count'] })).toEqual([]);
  });
});
