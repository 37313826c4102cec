import { describe, expect, it } from 'vitest';
import { asOfOf, eventPosition, nextPlayYear, playStartYear, sliderYear } from './yearControlModel';

const span = { first: 2015, latest: 2024 };

describe('year control model', () => {
  it('turns the choice into the view: a year takes the slider year, the others none', () => {
    expect(asOfOf('year', 2019)).toEqual({ kind: 'year', year: 2019 });
    expect(asOfOf('pipeline', 2019)).toEqual({ kind: 'pipeline' });
    expect(asOfOf('all', 2019)).toEqual({ kind: 'all' });
  });

  it('puts the slider at the view year, clamped to the span, and at the latest for today', () => {
    expect(sliderYear({ kind: 'year', year: 2018 }, span)).toBe(2018);
    expect(sliderYear({ kind: 'year', year: 2030 }, span)).toBe(2024);
    expect(sliderYear({ kind: 'year', year: 2001 }, span)).toBe(2015);
    expect(sliderYear({ kind: 'all' }, span)).toBe(2024);
  });

  it('plays one year at a time and stops at the latest; a play at the end starts over', () => {
    expect(nextPlayYear(2015, span)).toBe(2016);
    expect(nextPlayYear(2023, span)).toBe(2024);
    expect(nextPlayYear(2024, span)).toBeUndefined();
    expect(playStartYear(2024, span)).toBe(2015);
    expect(playStartYear(2018, span)).toBe(2018);
  });

  it('places policy events by month along the slider, and none outside the span', () => {
    expect(eventPosition('2015-01', span)).toBe(0);
    expect(eventPosition('2022-02', span)).toBeCloseTo((7 + 1 / 12) / 9);
    expect(eventPosition('2024-12', span)).toBe(1);
    expect(eventPosition('2012-05', span)).toBeUndefined();
  });
});
