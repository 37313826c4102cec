import { describe, expect, it } from 'vitest';
import { describeField, type ManifestFields } from '../../data';
import type { PowerLine, Region } from '../../domain/atlas';
import { recordRows, type DescribeField } from './recordRows';

const fields: ManifestFields = {
  power_lines: [{ key: 'voltage_kv', unit: 'kV', label: 'Voltage', labelZh: '电压等级' }],
  regions: [
    {
      key: 'population_10k',
      unit: '10k persons',
      label: 'Population',
      labelZh: '常住人口',
      vintage: '2024',
    },
  ],
};
const describeLine: DescribeField = (key) => describeField(fields, 'power_lines', key);
const describeRegion: DescribeField = (key) => describeField(fields, 'regions', key);

const line: PowerLine = Object.freeze<PowerLine>({
  id: 'DC01',
  name: 'Yunnan–Guangdong',
  source: 'https://example.org/line',
  approx: true,
  geometry: { type: 'MultiLineString', coordinates: [] },
  current: 'DC',
  voltageKv: 800,
  capacityGw: 5,
  status: 'operating',
  lengthKm: 1373,
});

describe('recordRows', () => {
  it('lists every attribute and leaves out geometry, names and source', () => {
    expect(recordRows(line, 'en', describeLine).map((row) => row.key)).toEqual([
      'id',
      'approx',
      'current',
      'voltageKv',
      'capacityGw',
      'status',
      'lengthKm',
    ]);
  });

  it('labels fields in the language from the manifest, with their unit', () => {
    const row = recordRows(line, 'zh', describeLine).find((r) => r.key === 'voltageKv');
    expect(row).toEqual({ key: 'voltageKv', label: '电压等级', value: '800', unit: 'kV' });
  });

  it('takes the unit from the name when the manifest does not describe the field', () => {
    const row = recordRows(line, 'en', describeLine).find((r) => r.key === 'lengthKm');
    expect(row).toMatchObject({ value: '1,373', unit: 'km' });
  });

  it('labels region statistics with their vintage', () => {
    const region: Region = {
      id: 'CN-BJ',
      name: 'Beijing',
      source: 'NBS',
      approx: false,
      geometry: { type: 'Polygon', coordinates: [] },
      labelPosition: [116.4, 39.9],
      stats: { population_10k: 2183 },
    };
    const row = recordRows(region, 'zh', describeRegion).find((r) => r.key === 'population_10k');
    expect(row).toEqual({
      key: 'population_10k',
      label: '常住人口 (2024)',
      value: '2,183',
      unit: '10k persons',
    });
  });
});

describe('recordRows and years', () => {
  it('writes a year as the year, without separator or unit', () => {
    const withYear: PowerLine = { ...line, year: 2016 };
    const describeYear: DescribeField = () => ({
      key: 'year',
      unit: 'year',
      label: { en: 'Year', zh: '年份' },
    });
    const row = recordRows(withYear, 'en', describeYear).find((r) => r.key === 'year');
    expect(row).toMatchObject({ value: '2016', unit: undefined });
  });
});
