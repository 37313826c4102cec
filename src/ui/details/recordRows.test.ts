import { describe, expect, it } from 'vitest';
import type { PowerLine, Region } from '../../domain/atlas';
import { recordRows, type DescribeStat } from './recordRows';

const describeStat: DescribeStat = (key) =>
  key === 'population_10k'
    ? { label: { en: 'Population', zh: '人口' }, unit: '10k persons', vintage: '2024' }
    : { label: { en: key, zh: key } };

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
  it('lists every attribute with its unit and leaves out geometry, names and source', () => {
    const rows = recordRows(line, 'en', describeStat);
    expect(rows.map((row) => row.key)).toEqual([
      'id',
      'approx',
      'current',
      'voltageKv',
      'capacityGw',
      'status',
      'lengthKm',
    ]);
    expect(rows.find((row) => row.key === 'voltageKv')).toMatchObject({ value: '800', unit: 'kV' });
  });

  it('formats numbers with the locale thousands separator', () => {
    expect(recordRows(line, 'en', describeStat).find((row) => row.key === 'lengthKm')?.value).toBe(
      '1,373',
    );
  });

  it('labels fields in Chinese', () => {
    expect(recordRows(line, 'zh', describeStat).find((row) => row.key === 'voltageKv')?.label).toBe(
      '电压',
    );
  });

  it('labels region statistics from the manifest with their vintage', () => {
    const region: Region = {
      id: 'CN-BJ',
      name: 'Beijing',
      source: 'NBS',
      approx: false,
      geometry: { type: 'Polygon', coordinates: [] },
      labelPosition: [116.4, 39.9],
      stats: { population_10k: 2183 },
    };
    const row = recordRows(region, 'zh', describeStat).find((r) => r.key === 'population_10k');
    expect(row).toEqual({
      key: 'population_10k',
      label: '人口 (2024)',
      value: '2,183',
      unit: '10k persons',
    });
  });
});
