import { describe, expect, it } from 'vitest';
import { historyYears, regionHistory } from './regionHistory';

const row = (year: string, population: string, gdp: string) => ({
  iso_code: 'CN-BJ',
  name_en: 'Beijing',
  year,
  population_10k: population,
  gdp_100m_cny: gdp,
  source: 'NBS',
});
const latest = new Map([['CN-BJ', { population_2024_10k: '2183', gdp_2024_100m_cny: '49843.1' }]]);

describe('regionHistory', () => {
  it('writes one statistic per series and year, years ascending', () => {
    const rows = [row('2024', '2183', '49843.1'), row('2023', '2186', '47760.8')];
    expect(historyYears(rows)).toEqual([2023, 2024]);
    expect(regionHistory(rows, latest).get('CN-BJ')).toEqual({
      population_10k_2023: 2186,
      population_10k_2024: 2183,
      gdp_100m_cny_2023: 47760.8,
      gdp_100m_cny_2024: 49843.1,
    });
  });

  it('fails when a year is missing, repeated, or the last year disagrees with province_stats', () => {
    expect(() => regionHistory([row('2024', '2183', ''), row('2023', '1', '2')], latest)).toThrow(
      /no gdp_100m_cny 2024/,
    );
    expect(() =>
      regionHistory([row('2024', '2183', '49843.1'), row('2024', '1', '2')], latest),
    ).toThrow(/2024 twice/);
    expect(() => regionHistory([row('2024', '2000', '49843.1')], latest)).toThrow(/2000 ≠ 2183/);
  });
});
