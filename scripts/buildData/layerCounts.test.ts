import { describe, expect, it } from 'vitest';
import { pointFeature } from './geometry';
import { layerCounts } from './layerCounts';

const at = (properties: Record<string, unknown>) => pointFeature(properties, 100, 30);

describe('layerCounts', () => {
  it('counts lines by current and status', () => {
    const lines = [
      at({ current: 'DC', status: 'operating' }),
      at({ current: 'DC', status: 'under_construction' }),
      at({ current: 'AC', status: 'operating' }),
    ];
    expect(layerCounts('power_lines', lines)).toBe(
      '3 lines: 2 DC (1 operating, 1 under construction) and 1 AC (1 operating, 0 under construction).',
    );
  });

  it('counts data centres, their mainland provinces and how each was checked', () => {
    const sites = [
      at({ region_id: 'CN-BJ', verified: 'source-checked' }),
      at({ region_id: 'CN-BJ', verified: 'recalled' }),
      at({ region_id: 'CN-HK', verified: 'recalled' }),
    ];
    expect(layerCounts('datacentres', sites)).toBe(
      '3 sites in 1 of the 31 mainland provinces: 1 source-checked, 2 recalled.',
    );
  });

  it('sums operating wind and counts approximate, below-threshold and flagged phases', () => {
    const phases = [
      at({ status: 'operating', capacity_mw: 1500, approx: true, below_threshold: true }),
      at({ status: 'construction', capacity_mw: 400, approx: false, qa_flagged: true }),
    ];
    expect(layerCounts('wind_farms', phases)).toBe(
      '2 phases (1 below threshold), 1.5 GW operating; 50 % of locations approximate; qa_flagged on 1.',
    );
  });

  it('states no counts for layers whose notes need none', () => {
    expect(layerCounts('hubs', [at({})])).toBeUndefined();
  });
});
