import { describe, expect, it } from 'vitest';
import { emptyAtlas } from '../atlas';
import { vintageAtlas } from '../testing/vintageAtlas';
import { datingCounts, vintageYearSpan } from './vintageYearSpan';

describe('the years of an atlas', () => {
  it('run from the first year of the statistics by year to the last year anything built started', () => {
    expect(vintageYearSpan(vintageAtlas)).toEqual({ first: 2015, latest: 2024 });
  });

  it('start at the first start year without statistics by year, and are undefined when nothing is dated', () => {
    const { regions: _, ...rest } = vintageAtlas;
    expect(vintageYearSpan({ ...rest, regions: [] })).toEqual({ first: 1999, latest: 2023 });
    expect(vintageYearSpan(emptyAtlas())).toBeUndefined();
  });

  it('count per family the dated features, the year-unknown bucket, the pipeline and the abandoned', () => {
    const counts = datingCounts(vintageAtlas);
    expect(counts.datacentres).toEqual({ dated: 3, unknownYear: 1, pipeline: 1, abandoned: 0 });
    expect(counts.wind_farms).toEqual({ dated: 3, unknownYear: 0, pipeline: 1, abandoned: 1 });
    expect(counts.regions).toBeUndefined();
  });
});
