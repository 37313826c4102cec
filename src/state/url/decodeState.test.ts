import { describe, expect, it } from 'vitest';
import { decodeState } from './decodeState';
import { encodeState } from './encodeState';
import type { Notice } from './notices';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS } from './shareableState';

const codes = (notices: readonly Notice[]) => notices.map((n) => `${n.code}:${n.key ?? ''}`);
const REGIONS = new Set(['CN-GZ', 'CN-NM', 'CN-BJ', 'CN-SH']);

describe('decodeState', () => {
  it('gives the defaults, silently, for an empty hash', () => {
    expect(decodeState('')).toEqual({ state: DEFAULTS, notices: [] });
    expect(decodeState('#')).toEqual({ state: DEFAULTS, notices: [] });
  });

  it('reads a typical link', () => {
    const { state, notices } = decodeState(
      '#v=2&c=106.63,26.65,6.5,10,30&t=d&l=en&ly=rg,dc,pp&m=U:power' +
        '&w=m;0.4,0.3,0.2,0.1;dc_count:0.5;icc_count&k=pue:1.25:east_demand;nf:0.8' +
        '&lt=r;1.6;0.05;HUB-JJJ' +
        '&s=regions:CN-GZ&cmp=CN-GZ,CN-NM&ds=data/other' +
        '&yr=2018;k&nm=g;b2016;dc_count:0:12,population_10k:100:13000&yc=2015',
      { knownRegionIds: REGIONS },
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      camera: { longitude: 106.63, latitude: 26.65, zoom: 6.5, bearing: 10, pitch: 30 },
      theme: 'dark',
      lang: 'en',
      visibleLayers: ['regions', 'power_plants', 'datacentres'],
      metric: { kind: 'subsystem', subsystem: 'power' },
      weights: {
        mode: 'manual',
        subsystemWeights: { compute: 0.4, power: 0.3, network: 0.2, data: 0.1 },
        indicatorWeights: { dc_count: 0.5 },
        disabledIndicators: ['icc_count'],
      },
      constraints: [
        { kind: 'maxPue', maxPue: 1.25, hubRole: 'east_demand' },
        { kind: 'minNonFossilShare', minShare: 0.8 },
      ],
      latency: {
        mode: 'round_trip',
        routeFactor: 1.6,
        perHopOverheadMs: 0.05,
        demandHubIds: ['HUB-JJJ'],
      },
      selection: { layerId: 'regions', id: 'CN-GZ' },
      compareRegionIds: ['CN-GZ', 'CN-NM'],
      datasetUrl: 'data/other',
      vintage: { asOf: { kind: 'year', year: 2018 }, includeUnknownYear: false },
      scoreScale: {
        normalisation: 'goalposts',
        goalposts: { dc_count: { min: 0, max: 12 }, population_10k: { min: 100, max: 13000 } },
        entropyBaseYear: 2016,
      },
      compareYear: 2015,
      siteFinder: null,
    });
  });

  it('ignores unknown keys, including ones named like object internals', () => {
    const { state, notices } = decodeState('#v=2&zz=1&__proto__=x&constructor=y&t=d');
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULTS, theme: 'dark' });
  });

  it('clamps out-of-range camera numbers and wraps the longitude, with a notice', () => {
    const { state, notices } = decodeState('#c=190,95,40,0,100');
    expect(state.camera).toEqual({
      longitude: -170,
      latitude: 85,
      zoom: 22,
      bearing: 0,
      pitch: 85,
    });
    expect(codes(notices)).toEqual(['clamped:c']);
    expect(decodeState('#c=-500,-95,-1').state.camera).toMatchObject({ latitude: -85, zoom: 0 });
  });

  it('wraps a longitude or bearing silently, since the view is the same', () => {
    const { state, notices } = decodeState('#c=370,10,4,540,0');
    expect(state.camera).toMatchObject({ longitude: 10, bearing: -180 });
    expect(notices).toEqual([]);
  });

  it('clamps huge numbers rather than refusing them', () => {
    const { state, notices } = decodeState('#c=1,1,1e308,0,1e300');
    expect(state.camera).toMatchObject({ zoom: 22, pitch: 85 });
    expect(codes(notices)).toEqual(['clamped:c']);
  });

  it('clamps weights to 0–1 and latency settings to their ranges', () => {
    const { state, notices } = decodeState('#w=m;1.5,-0.2,0.5,0.5;dc_count:7&lt=o;9;-3');
    expect(state.weights.subsystemWeights).toEqual({
      compute: 1,
      power: 0,
      network: 0.5,
      data: 0.5,
    });
    expect(state.weights.indicatorWeights).toEqual({ dc_count: 1 });
    expect(state.latency).toEqual({ mode: 'one_way', routeFactor: 5, perHopOverheadMs: 0 });
    expect(codes(notices)).toEqual(['clamped:w', 'clamped:lt']);
  });

  it('drops unknown layer codes and keeps the known ones in draw order', () => {
    const { state, notices } = decodeState('#ly=hb,zz,rg,rg,<b>');
    expect(state.visibleLayers).toEqual(['regions', 'hubs']);
    expect(codes(notices)).toEqual(['dropped:ly']);
  });

  it('reads an empty layer list as no layers at all', () => {
    expect(decodeState('#ly=').state.visibleLayers).toEqual([]);
  });

  it('drops region ids the dataset does not hold, in the selection and the comparison', () => {
    const { state, notices } = decodeState('#s=regions:CN-XX&cmp=CN-GZ,CN-XX,CN-NM', {
      knownRegionIds: REGIONS,
    });
    expect(state.selection).toBeNull();
    expect(state.compareRegionIds).toEqual(['CN-GZ', 'CN-NM']);
    expect(codes(notices)).toEqual(['dropped:s', 'dropped:cmp']);
  });

  it('asks the caller about selected features of other layers', () => {
    const isKnownFeature = (ref: { id: string }) => ref.id === 'DCF001';
    expect(decodeState('#s=dc:DCF001', { isKnownFeature }).state.selection).toEqual({
      layerId: 'datacentres',
      id: 'DCF001',
    });
    expect(decodeState('#s=datacentres:DCF999', { isKnownFeature }).state.selection).toBeNull();
  });

  it('keeps at most three compared regions', () => {
    const { state, notices } = decodeState('#cmp=CN-GZ,CN-NM,CN-BJ,CN-SH');
    expect(state.compareRegionIds).toEqual(['CN-GZ', 'CN-NM', 'CN-BJ']);
    expect(codes(notices)).toEqual(['clamped:cmp']);
  });

  it('drops unknown indicators from the weights and the metric', () => {
    const weights = decodeState('#w=m;0.25,0.25,0.25,0.25;dc_count:0.5,nope:1;nope,icc_count');
    expect(weights.state.weights.indicatorWeights).toEqual({ dc_count: 0.5 });
    expect(weights.state.weights.disabledIndicators).toEqual(['icc_count']);
    expect(codes(weights.notices)).toEqual(['dropped:w']);
    const context = { knownIndicatorIds: new Set(['dc_count'] as const) };
    expect(decodeState('#m=I:icc_count', context).state.metric).toEqual({ kind: 'coordination' });
    expect(decodeState('#m=I:dc_count', context).state.metric).toEqual({
      kind: 'indicator',
      id: 'dc_count',
    });
  });

  it('falls back to the default one key at a time when a value is malformed', () => {
    const { state, notices } = decodeState('#c=abc&t=d&ly=rg&m=X&w=q;1&lt=o;x;0&l=fr');
    expect(state).toEqual({ ...DEFAULTS, theme: 'dark', visibleLayers: ['regions'] });
    expect(codes(notices)).toEqual([
      'malformed:c',
      'malformed:l',
      'malformed:m',
      'malformed:w',
      'malformed:lt',
    ]);
  });

  it('refuses NaN and Infinity as malformed', () => {
    expect(codes(decodeState('#c=NaN,1,1').notices)).toEqual(['malformed:c']);
    expect(codes(decodeState('#c=1,1,Infinity').notices)).toEqual(['malformed:c']);
    expect(codes(decodeState('#lt=o;1e400;0').notices)).toEqual(['malformed:lt']);
  });

  it('falls back, with a notice, on broken percent-encoding', () => {
    const { state, notices } = decodeState('#t=d&s=regions:%E0%A4%A&ds=%zz&cmp=%');
    expect(state).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(codes(notices)).toEqual(['bad-encoding:s', 'bad-encoding:cmp', 'bad-encoding:ds']);
  });

  it('accepts a value whose separators a mail client percent-encoded', () => {
    expect(decodeState('#c=10%2C20%2C5').state.camera).toMatchObject({
      longitude: 10,
      latitude: 20,
      zoom: 5,
    });
  });

  it('reads a 100 KB hash quickly, keeping what comes before the cap, and says it was cut', () => {
    const hash = '#v=2&t=d&zz=' + 'x'.repeat(100_000) + '&l=en';
    const started = performance.now();
    const { state, notices } = decodeState(hash);
    expect(performance.now() - started).toBeLessThan(200);
    expect(state).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(codes(notices)).toEqual(['hash-truncated:']);
  });

  it('refuses script in values', () => {
    const { state, notices } = decodeState(
      '#t=<script>&s=regions:%3Cscript%3Ealert(1)%3C%2Fscript%3E&ds=javascript:alert(1)' +
        '&cmp=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    );
    expect(state).toEqual(DEFAULTS);
    expect(codes(notices)).toEqual(['malformed:t', 'malformed:s', 'dropped:cmp', 'malformed:ds']);
  });

  it('refuses dataset URLs of other schemes but keeps relative paths and http(s)', () => {
    expect(decodeState('#ds=data:text/html,x').state.datasetUrl).toBeUndefined();
    expect(decodeState('#ds=https://example.org/atlas').state.datasetUrl).toBe(
      'https://example.org/atlas',
    );
    expect(decodeState('#ds=..%2Fother').state.datasetUrl).toBe('../other');
  });

  it('opens a link from a newer version as far as it can and says so', () => {
    const { state, notices } = decodeState('#v=3&t=d&q=new-thing&m=Z:future');
    expect(state).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(codes(notices)).toEqual(['newer-version:v', 'malformed:m']);
    expect(notices[0]?.message.zh).toContain('更新的版本');
  });

  it('reads a link with an unreadable version as the current one, with a notice', () => {
    const { state, notices } = decodeState('#v=abc&t=d');
    expect(state.theme).toBe('dark');
    expect(codes(notices)).toEqual(['malformed:v']);
  });

  it('gives every notice a message in both languages', () => {
    const { notices } = decodeState('#v=9&c=x&ly=zz&cmp=a,b,c,d&s=%' + '&x='.repeat(3000));
    expect(notices.length).toBeGreaterThan(4);
    for (const notice of notices) {
      expect(notice.message.en.length).toBeGreaterThan(10);
      expect(notice.message.zh.length).toBeGreaterThan(5);
    }
  });

  it('reads back what encodeState wrote for the defaults, silently', () => {
    expect(decodeState(encodeState(DEFAULTS))).toEqual({ state: DEFAULTS, notices: [] });
  });
});

describe('decodeState on a link it cannot read at all', () => {
  it('opens the defaults and says the link was not understood', () => {
    const { state, notices } = decodeState('#%%%zz&&==');
    expect(state).toEqual(DEFAULTS);
    expect(notices.map((notice) => notice.code)).toEqual(['malformed']);
  });

  it('says nothing for an empty hash', () => {
    expect(decodeState('#').notices).toEqual([]);
    expect(decodeState('').notices).toEqual([]);
  });
});
