import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../data';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { indicatorVintage, yearSpan } from './indicatorVintage';

const manifest = {
  layers: [
    { id: 'wind_farms', vintage: '2022–2024' },
    { id: 'fibre_routes', asOf: '2026-12-03' },
    { id: 'datacentres', vintage: '2026' },
  ],
  fields: {
    regions: [
      { key: 'population_10k', vintage: '2024' },
      { key: 'coal_capacity_gw', vintage: '2023' },
      { key: 'hydro_capacity_gw', vintage: '2023' },
      { key: 'pumped_storage_capacity_gw', vintage: '2023' },
      { key: 'nuclear_capacity_gw', vintage: '2023' },
      { key: 'solar_capacity_gw', vintage: '2020' },
      { key: 'electricity_consumption_twh', vintage: '2024' },
    ],
  },
} as unknown as Manifest;

describe('indicatorVintage', () => {
  it("gives a statistic's field vintage and a layer's vintage", () => {
    expect(indicatorVintage(indicatorDef('population_10k').source, manifest)).toBe('2024');
    expect(indicatorVintage(indicatorDef('dc_count').source, manifest)).toBe('2026');
  });

  it('joins the different years of a sum and of a ratio, each once', () => {
    expect(indicatorVintage(indicatorDef('generation_capacity_gw').source, manifest)).toBe(
      '2023 · 2020 · 2022–2024',
    );
    expect(indicatorVintage(indicatorDef('capacity_per_consumption').source, manifest)).toBe(
      '2023 · 2020 · 2022–2024 · 2024',
    );
  });

  it("takes latency's year from the fibre layer, its as-of date when it has no vintage", () => {
    expect(indicatorVintage(indicatorDef('latency_to_demand_ms').source, manifest)).toBe(
      '2026-12-03',
    );
  });

  it('says nothing where the manifest states nothing', () => {
    expect(indicatorVintage(indicatorDef('gdp_100m_cny').source, manifest)).toBeUndefined();
  });
});

describe('yearSpan', () => {
  it('spans the years named, whatever else the vintages say', () => {
    expect(yearSpan(['2023', '2020 · 2022–2024', undefined, '2026-12-03'])).toBe('2020–2026');
    expect(yearSpan(['2024'])).toBe('2024');
    expect(yearSpan([undefined, 'recent'])).toBeUndefined();
  });
});
