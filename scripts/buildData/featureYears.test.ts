import { describe, expect, it } from 'vitest';
import { featureYears, startFromDate, startFromYear } from './featureYears';

describe('feature years', () => {
  it('dates a YYYY-MM or YYYY-MM-DD cell to the month and a YYYY cell to the year', () => {
    expect(startFromDate('2019-06')).toEqual({ year: 2019, precision: 'month' });
    expect(startFromDate('2014-06-30')).toEqual({ year: 2014, precision: 'month' });
    expect(startFromDate('2023')).toEqual({ year: 2023, precision: 'year' });
  });

  it('leaves an empty or non-year cell without a start year', () => {
    expect(startFromDate('')).toBeUndefined();
    expect(startFromYear('1990s')).toBeUndefined();
    expect(startFromYear(undefined)).toBeUndefined();
  });

  it('writes start, retire and precision, and nothing for a feature without a year', () => {
    expect(featureYears({ year: 2009, precision: 'year' }, 2022)).toEqual({
      start_year: 2009,
      retire_year: 2022,
      year_precision: 'year',
    });
    expect(featureYears(undefined)).toEqual({});
  });
});
