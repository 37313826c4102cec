import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS } from '../state/url/shareableState';
import { vintageRequest } from './vintageRequest';

const inputs = { ...DEFAULTS, showYearChart: false };

describe('vintageRequest', () => {
  it('is absent for today’s layout on today’s scale, so the worker answers as before', () => {
    expect(vintageRequest(inputs)).toBeUndefined();
  });

  it('names the view, the scale, the compared year and the chart when any is asked for', () => {
    const year = { asOf: { kind: 'year' as const, year: 2019 }, includeUnknownYear: false };
    expect(
      vintageRequest({ ...inputs, vintage: year, compareYear: 2016, showYearChart: true }),
    ).toEqual({
      settings: year,
      scale: DEFAULTS.scoreScale,
      compareWithYear: 2016,
      series: true,
    });
    const goalposts = { normalisation: 'goalposts' as const, goalposts: {} };
    expect(vintageRequest({ ...inputs, scoreScale: goalposts })?.scale).toBe(goalposts);
  });
});
