import { describe, expect, it } from 'vitest';
import { rgbaToHex } from '../../map/colour';
import { coordinationClassColour, indicatorColour } from '../../map/ramps';
import { scoreLegend } from './scoreLegend';
import { testAnalysis } from '../../domain/testing/scoreAnalysis';

describe('scoreLegend', () => {
  it('lists the ten classes best first with their names, map colours and D ranges', () => {
    const legend = scoreLegend(null, { kind: 'coordination' }, 'zh');
    if (legend.kind !== 'classes') throw new Error('expected classes');
    expect(legend.rows).toHaveLength(10);
    expect(legend.rows[0]).toMatchObject({
      label: '优质协调',
      colour: rgbaToHex(coordinationClassColour(9)),
      range: '0.9–1.0',
    });
    expect(legend.rows[9]!.label).toBe('极度失调');
  });

  it('labels an indicator ramp with the lowest and highest raw values and their unit', () => {
    const legend = scoreLegend(testAnalysis(), { kind: 'indicator', id: 'population_10k' }, 'en');
    if (legend.kind !== 'ramp') throw new Error('expected a ramp');
    expect(legend.minLabel).toBe('100 10k persons');
    expect(legend.maxLabel).toBe('500 10k persons');
    expect(legend.gradient).toContain(rgbaToHex(indicatorColour(0)));
    expect(legend.note).toBeUndefined();
  });

  it('says lower is better for an indicator whose direction is minus', () => {
    const legend = scoreLegend(null, { kind: 'indicator', id: 'latency_to_demand_ms' }, 'en');
    expect(legend.kind === 'ramp' && legend.note).toBe('lower is better');
    expect(legend.kind === 'ramp' && legend.minLabel).toBeUndefined();
  });

  it('labels a subsystem ramp with the lowest and highest U_k', () => {
    const legend = scoreLegend(testAnalysis(), { kind: 'subsystem', subsystem: 'compute' }, 'en');
    expect(legend.title).toBe('U · Compute 算力');
    expect(legend.kind === 'ramp' && [legend.minLabel, legend.maxLabel]).toEqual(['0.26', '0.75']);
  });
});
