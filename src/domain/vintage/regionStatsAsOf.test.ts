import { describe, expect, it } from 'vitest';
import { regionStatsAsOf, statYearFor, statYears } from './regionStatsAsOf';

describe('region statistics by year', () => {
  const stats = Object.freeze({ gdp: 3, gdp_2016: 1, gdp_2015: 0.5, gdp_2018: 2, coal_gw: 4 });

  it('finds the statistics given by year and their years, ascending', () => {
    expect([...statYears(stats)]).toEqual([['gdp', [2015, 2016, 2018]]]);
  });

  it('takes the latest year not after the one asked, else the earliest', () => {
    expect(statYearFor([2015, 2016, 2018], 2017)).toBe(2016);
    expect(statYearFor([2015, 2016, 2018], 2030)).toBe(2018);
    expect(statYearFor([2015, 2016, 2018], 2010)).toBe(2015);
  });

  it('puts the year’s figure in place of the statistic and leaves single-year ones alone', () => {
    expect(regionStatsAsOf(stats, 2017)).toMatchObject({ gdp: 1, coal_gw: 4 });
    const plain = Object.freeze({ coal_gw: 4 });
    expect(regionStatsAsOf(plain, 2017)).toBe(plain);
  });
});
