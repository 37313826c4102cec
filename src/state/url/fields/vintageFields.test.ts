import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS } from '../shareableState';
import { decodeState } from '../decodeState';
import { encodeState } from '../encodeState';
import { roundGoalposts } from './scoreScaleField';

const decode = (pairs: string) => decodeState(`#v=2&${pairs}`);

describe('the as-of fields in links', () => {
  it('leave today’s view, per-year min–max and no comparison out of links', () => {
    expect(encodeState(DEFAULTS)).not.toMatch(/(^|&)(yr|nm|yc)=/);
  });

  it('write a year, the pipeline and the year-unknown bucket left out, and read them back', () => {
    const year = {
      ...DEFAULTS,
      vintage: { asOf: { kind: 'year' as const, year: 2020 }, includeUnknownYear: true },
    };
    expect(encodeState(year)).toContain('&yr=2020');
    const pipeline = {
      ...DEFAULTS,
      vintage: { asOf: { kind: 'pipeline' as const }, includeUnknownYear: false },
    };
    expect(encodeState(pipeline)).toContain('&yr=p;k');
    const today = {
      ...DEFAULTS,
      vintage: { asOf: { kind: 'all' as const }, includeUnknownYear: false },
    };
    expect(encodeState(today)).toContain('&yr=a;k');
    for (const state of [year, pipeline, today])
      expect(decodeState(encodeState(state)).state).toEqual(state);
  });

  it('clamp a year out of range and refuse a malformed one, each with a notice', () => {
    const clamped = decode('yr=1066');
    expect(clamped.state.vintage.asOf).toEqual({ kind: 'year', year: 1900 });
    expect(clamped.notices.map((n) => n.code)).toEqual(['clamped']);
    const malformed = decode('yr=2020;x');
    expect(malformed.state.vintage).toEqual(DEFAULTS.vintage);
    expect(malformed.notices.map((n) => n.code)).toEqual(['malformed']);
  });

  it('carry the goalposts and the frozen base year, dropping an unknown or upside-down goalpost with a notice', () => {
    const { state, notices } = decode('nm=g;b2016;dc_count:0:12,nonsense:1:2,gdp_100m_cny:9:1');
    expect(state.scoreScale).toEqual({
      normalisation: 'goalposts',
      goalposts: { dc_count: { min: 0, max: 12 } },
      entropyBaseYear: 2016,
    });
    expect(notices.map((n) => n.code)).toEqual(['dropped']);
    expect(encodeState({ ...DEFAULTS, scoreScale: state.scoreScale })).toContain(
      '&nm=g;b2016;dc_count:0:12',
    );
  });

  it('write per-year min–max with a frozen base year without goalposts', () => {
    const scoreScale = {
      normalisation: 'per_year' as const,
      goalposts: { dc_count: { min: 0, max: 1 } },
      entropyBaseYear: 2018,
    };
    expect(encodeState({ ...DEFAULTS, scoreScale })).toContain('&nm=y;b2018');
  });

  it('round goalposts to six significant digits', () => {
    expect(
      roundGoalposts({ population_10k: { min: 0.123456789, max: 127865.4321 } }).goalposts,
    ).toEqual({
      population_10k: { min: 0.123457, max: 127865 },
    });
  });

  it('read the compared year', () => {
    expect(decode('yc=2016').state.compareYear).toBe(2016);
    expect(decode('yc=soon').notices.map((n) => n.code)).toEqual(['malformed']);
  });
});
