import { describe, expect, it } from 'vitest';
import { describeField, toSnakeCase } from './describeField';
import type { ManifestFields } from './manifestSchema';

const fields: ManifestFields = {
  regions: [{ key: 'population_10k', unit: '10k persons', label: 'Population', labelZh: '人口', vintage: '2024', source: 'NBS' }],
  datacentres: [{ key: 'capacity_mw', label: 'IT capacity' }],
};

describe('describeField', () => {
  it('uses the manifest description of the layer', () => {
    expect(describeField(fields, 'regions', 'population_10k')).toEqual({
      key: 'population_10k',
      unit: '10k persons',
      label: { en: 'Population', zh: '人口' },
      vintage: '2024',
      source: 'NBS',
    });
  });

  it("accepts the record's camelCase name and fills a missing unit and Chinese label", () => {
    expect(describeField(fields, 'datacentres', 'capacityMw')).toEqual({
      key: 'capacity_mw',
      unit: 'MW',
      label: { en: 'IT capacity', zh: 'IT capacity' },
    });
  });

  it('derives label and unit from the key when the manifest says nothing', () => {
    expect(describeField(undefined, 'power_lines', 'voltageKv')).toEqual({
      key: 'voltage_kv',
      unit: 'kV',
      label: { en: 'Voltage', zh: 'Voltage' },
    });
    expect(describeField(fields, 'regions', 'electricity_price_cny_kwh').unit).toBe('CNY/kWh');
    expect(describeField(fields, 'hubs', 'approved')).toEqual({ key: 'approved', label: { en: 'Approved', zh: 'Approved' } });
  });
});

describe('toSnakeCase', () => {
  it('converts camelCase and leaves snake_case alone', () => {
    expect(toSnakeCase('rackUtilisationTargetMinPct')).toBe('rack_utilisation_target_min_pct');
    expect(toSnakeCase('population_10k')).toBe('population_10k');
  });
});
