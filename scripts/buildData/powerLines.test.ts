import { describe, expect, it } from 'vitest';
import { buildPowerLines } from './powerLines';

const row = {
  id: 'DC01',
  name_en: 'Yunnan–Guangdong',
  name_zh: '云广',
  current: 'DC',
  voltage_kv: '800',
  capacity_gw: '5.0',
  year_in_service: '2009',
  status: 'operational',
  operator: 'CSG',
  start_name: 'Chuxiong',
  start_province: 'CN-YN',
  start_lon: '101.55',
  start_lat: '25.04',
  end_name: 'Suidong',
  end_province: 'CN-GD',
  end_lon: '113.81',
  end_lat: '23.26',
  via_provinces: 'CN-YN;CN-GX;CN-GD',
  length_km: '',
  coord_approx: 'yes',
  verified: 'recalled',
  source: 'a page',
  notes: '',
};

describe('buildPowerLines', () => {
  it('draws a schematic arc that starts and ends at the two end towns', () => {
    const { features } = buildPowerLines([row]);
    const line = features[0];
    const coords = line?.geometry.coordinates ?? [];
    expect(coords[0]).toEqual([101.55, 25.04]);
    expect(coords[coords.length - 1]).toEqual([113.81, 23.26]);
    expect(coords.length).toBeGreaterThan(2);
    expect(line?.properties.approx).toBe(true);
    expect(line?.properties.end_region_ids).toEqual(['CN-YN', 'CN-GD']);
  });

  it('renames the statuses and leaves empty cells out', () => {
    const [operating, partial] = buildPowerLines([
      row,
      { ...row, id: 'X', status: 'partially_operational' },
    ]).features;
    expect(operating?.properties.status).toBe('operating');
    expect(partial?.properties.status).toBe('partially_operating');
    expect(operating?.properties).not.toHaveProperty('length_km');
  });

  it('leaves out and reports a line that lacks an end instead of guessing it', () => {
    const result = buildPowerLines([
      row,
      { ...row, id: 'DC21', end_lon: '', end_lat: '' },
      { ...row, id: 'DC22', start_lon: '', end_lat: '' },
    ]);
    expect(result.features.map((f) => f.properties.id)).toEqual(['DC01']);
    expect(result.skipped.map((s) => [s.id, s.missing])).toEqual([
      ['DC21', ['end']],
      ['DC22', ['start', 'end']],
    ]);
  });

  it('carries the commissioning month when the row gives one', () => {
    const [dated, undated] = buildPowerLines([
      { ...row, commissioned: '2009-12' },
      { ...row, id: 'X', commissioned: '' },
    ]).features;
    expect(dated?.properties.commissioned).toBe('2009-12');
    expect(undated?.properties).not.toHaveProperty('commissioned');
  });

  it('starts a line in its commissioning month, else its year in service, and none when under construction', () => {
    const [month, year, building] = buildPowerLines([
      { ...row, commissioned: '2009-12' },
      { ...row, id: 'X', commissioned: '' },
      { ...row, id: 'Y', status: 'under_construction', year_in_service: '', commissioned: '' },
    ]).features;
    expect(month?.properties).toMatchObject({ start_year: 2009, year_precision: 'month' });
    expect(year?.properties).toMatchObject({ start_year: 2009, year_precision: 'year' });
    expect(building?.properties).not.toHaveProperty('start_year');
    expect(building?.properties).not.toHaveProperty('year_precision');
  });

  it('flags the years PROVENANCE.md calls inferred or planned, and fails on a month in another year', () => {
    const [inferred] = buildPowerLines([{ ...row, id: 'AC18', year_in_service: '2023' }]).features;
    expect(inferred?.properties).toMatchObject({ start_year: 2023, year_precision: 'inferred' });
    expect(() => buildPowerLines([{ ...row, commissioned: '2010-01' }])).toThrow(/not in 2009/);
  });

  it('fails on a status it does not know', () => {
    expect(() => buildPowerLines([{ ...row, status: 'mothballed' }])).toThrow(/mothballed/);
  });
});
