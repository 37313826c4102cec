import { describe, expect, it } from 'vitest';
import { INDICATOR_REGISTRY } from '../../domain/score/indicatorRegistry';
import { DEFAULT_WEIGHTS, resolveWeights } from '../../domain/score/weightsConfig';
import {
  manualIndicatorShares,
  subsystemShares,
  withIndicatorEnabled,
  withIndicatorWeight,
  withMode,
  withSubsystemWeight,
} from './weightEdits';

describe('weight edits', () => {
  it('changes one subsystem weight, clamped to the slider range, leaving the input untouched', () => {
    const next = withSubsystemWeight(DEFAULT_WEIGHTS, 'power', 0.7);
    expect(next.subsystemWeights).toEqual({ compute: 0.25, power: 0.7, network: 0.25, data: 0.25 });
    expect(withSubsystemWeight(DEFAULT_WEIGHTS, 'data', 3).subsystemWeights.data).toBe(1);
    expect(withSubsystemWeight(DEFAULT_WEIGHTS, 'data', Number.NaN).subsystemWeights.data).toBe(0);
    expect(DEFAULT_WEIGHTS.subsystemWeights.power).toBe(0.25);
  });

  it('switches indicators off and on again, keeping the list in registry order without duplicates', () => {
    const off = withIndicatorEnabled(
      withIndicatorEnabled(DEFAULT_WEIGHTS, 'gdp_100m_cny', false),
      'dc_count',
      false,
    );
    // dc_capacity_mw starts switched off: a partial source (its registry row says so).
    expect(off.disabledIndicators).toEqual(['dc_count', 'dc_capacity_mw', 'gdp_100m_cny']);
    expect(withIndicatorEnabled(off, 'dc_count', false).disabledIndicators).toHaveLength(3);
    expect(withIndicatorEnabled(off, 'dc_count', true).disabledIndicators).toEqual([
      'dc_capacity_mw',
      'gdp_100m_cny',
    ]);
  });

  it('sets the mode and a manual indicator weight', () => {
    const manual = withIndicatorWeight(withMode(DEFAULT_WEIGHTS, 'manual'), 'dc_count', 0.5);
    expect(manual.mode).toBe('manual');
    expect(manual.indicatorWeights.dc_count).toBe(0.5);
  });
});

describe('displayed shares', () => {
  it('rescale α to sum 1 and agree with the scoring', () => {
    const config = withSubsystemWeight(DEFAULT_WEIGHTS, 'compute', 0.75);
    const shares = subsystemShares(config);
    expect(shares.compute).toBeCloseTo(0.5, 12);
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const resolved = resolveWeights([], INDICATOR_REGISTRY, config);
    expect(shares).toEqual(resolved.subsystemWeights);
  });

  it('give a subsystem with every indicator off no share', () => {
    const networkOff = ['fibre_length_km', 'backbone_node_count', 'latency_to_demand_ms'] as const;
    const config = networkOff.reduce(
      (c, id) => withIndicatorEnabled(c, id, false),
      DEFAULT_WEIGHTS,
    );
    const shares = subsystemShares(config);
    expect(shares.network).toBe(0);
    expect(shares.compute).toBeCloseTo(1 / 3, 12);
  });

  it('rescale manual indicator weights within their subsystem', () => {
    const config = withIndicatorWeight(withMode(DEFAULT_WEIGHTS, 'manual'), 'population_10k', 0);
    const shares = manualIndicatorShares(withIndicatorEnabled(config, 'gdp_100m_cny', false));
    expect(shares.population_10k).toBe(0);
    expect(shares.gdp_100m_cny).toBe(0);
    expect(shares.electricity_consumption_twh).toBe(1);
    // Three compute indicators are on (dc_capacity_mw is off by default): a third each.
    expect(shares.dc_count).toBeCloseTo(1 / 3, 12);
  });
});
