import { describe, expect, it } from 'vitest';
import { metricValues, rampPosition, valueRange } from './metricValues';
import { testAnalysis } from '../../domain/testing/scoreAnalysis';

describe('metricValues', () => {
  const analysis = testAnalysis();

  it('reads D, a U_k or an indicator raw value per region, keeping missing as undefined', () => {
    const d = metricValues(analysis, { kind: 'coordination' });
    expect(d[2]).toBeCloseTo(0.82081, 5);
    expect(d[3]).toBeUndefined();
    expect(metricValues(analysis, { kind: 'subsystem', subsystem: 'data' })[1]).toBeCloseTo(0.01);
    expect(metricValues(analysis, { kind: 'indicator', id: 'icc_count' })).toEqual([
      undefined,
      4,
      2,
      undefined,
    ]);
  });

  it('gives nothing for an indicator the analysis does not carry', () => {
    expect(metricValues(analysis, { kind: 'indicator', id: 'gdp_100m_cny' })).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('valueRange and rampPosition', () => {
  it('span the finite values and place values within them', () => {
    const range = valueRange([3, undefined, 1, Number.NaN, 5])!;
    expect(range).toEqual({ min: 1, max: 5 });
    expect(rampPosition(4, range)).toBe(0.75);
    expect(valueRange([undefined])).toBeUndefined();
  });

  it('put every value mid-ramp when all are equal', () => {
    expect(rampPosition(2, { min: 2, max: 2 })).toBe(0.5);
  });
});
