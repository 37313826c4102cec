import { describe, expect, it } from 'vitest';
import { regionScoreTooltipLines } from './regionScoreTooltipLines';
import { testAnalysis } from '../../domain/testing/scoreAnalysis';

const analysis = testAnalysis();

describe('regionScoreTooltipLines', () => {
  it('gives D with its class and names the bottleneck', () => {
    expect(regionScoreTooltipLines('R3', analysis, 'en')).toEqual([
      'D 0.82 · Good coordination',
      'Bottleneck: Power 电力',
    ]);
    expect(regionScoreTooltipLines('R3', analysis, 'zh')).toEqual([
      'D 0.82 · 良好协调',
      '短板：电力',
    ]);
  });

  it('adds the value of the indicator the map shows, with the year of its figures', () => {
    const lines = regionScoreTooltipLines('R3', analysis, 'en', {
      id: 'population_10k',
      vintage: '2024',
    });
    expect(lines.at(-1)).toBe('Population (2024): 500 10k persons');
    expect(regionScoreTooltipLines('R4', analysis, 'zh', { id: 'population_10k' }).at(-1)).toBe(
      '常住人口：无数据',
    );
  });

  it('says "no data" for a region without D, never 0, and names what is missing', () => {
    const lines = regionScoreTooltipLines('R4', analysis, 'en');
    expect(lines[0]).toBe('D no data');
    expect(lines[1]).toMatch(/^Missing indicators: Known large data centres, .+ \+2$/);
  });

  it('says nothing without an analysis or for a region it does not score', () => {
    expect(regionScoreTooltipLines('R1', null, 'en')).toEqual([]);
    expect(regionScoreTooltipLines('elsewhere', analysis, 'en')).toEqual([]);
  });
});
