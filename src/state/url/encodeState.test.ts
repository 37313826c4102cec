import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '../../domain/constraints/policyPresets';
import { INDICATOR_IDS } from '../../domain/score/indicatorIds';
import { applySitePreset } from '../../domain/sites/sitePresets';
import { decodeState } from './decodeState';
import { encodeState } from './encodeState';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS, type ShareableState } from './shareableState';

const keysOf = (hash: string) => hash.split('&').map((pair) => pair.split('=')[0]);

/** A busy but realistic view: every field set away from its default. */
const BUSY: ShareableState = {
  camera: { longitude: 106.713478, latitude: 26.578343, zoom: 9.25, bearing: -12.5, pitch: 40 },
  theme: 'dark',
  lang: 'en',
  visibleLayers: ['regions', 'power_lines', 'datacentres', 'hubs'],
  metric: { kind: 'indicator', id: 'latency_to_demand_ms' },
  weights: {
    mode: 'manual',
    subsystemWeights: { compute: 0.4, power: 0.3, network: 0.2, data: 0.1 },
    indicatorWeights: Object.fromEntries(INDICATOR_IDS.map((id, i) => [id, (i + 1) / 16])),
    disabledIndicators: ['icc_count', 'gdp_100m_cny', 'population_10k'],
  },
  constraints: [
    ...POLICY_PRESETS.allHubPolicies.constraints,
    { kind: 'maxDistanceToPowerLine', maxDistanceKm: 80, minVoltageKv: 800, current: 'DC' },
    { kind: 'statusIn', statuses: ['operating', 'under_construction'] },
    { kind: 'operatorIn', operators: ['China Telecom', 'GDS'] },
  ],
  latency: {
    mode: 'round_trip',
    routeFactor: 1.75,
    perHopOverheadMs: 0.25,
    demandHubIds: ['HUB-JJJ', 'HUB-YRD', 'HUB-GBA', 'HUB-CY'],
  },
  selection: { layerId: 'datacentres', id: 'DCF001' },
  compareRegionIds: ['CN-GZ', 'CN-NM', 'CN-NX'],
  datasetUrl: 'https://example.org/atlas/cn-2025',
  vintage: { asOf: { kind: 'year', year: 2019 }, includeUnknownYear: false },
  scoreScale: {
    normalisation: 'goalposts',
    goalposts: Object.fromEntries(
      INDICATOR_IDS.map((id, i) => [id, { min: i / 7, max: 123456.789 * (i + 1) }]),
    ),
    entropyBaseYear: 2016,
  },
  compareYear: 2015,
  scenarioCode: undefined,
  siteFinder: {
    ...applySitePreset('inference'),
    penalties: ['dc_nearby'],
    resolution: 6,
    robustOnly: true,
    selectedCell: '85309a2bfffffff',
  },
};

describe('encodeState', () => {
  it('writes the defaults as a short readable link', () => {
    expect(encodeState(DEFAULTS)).toBe(
      'v=2&c=104.5,35.8,3.2,0,0&t=l&l=zh&ly=rg,pl,fr,wf,pp,nn,dc,hb&m=D&w=e;0.25,0.25,0.25,0.25;;dc_capacity_mw&lt=o;1.5;0',
    );
  });

  it('writes the version first and the other keys in the fixed order, whatever the object order', () => {
    const shuffled = Object.fromEntries(
      Object.entries(BUSY).reverse(),
    ) as unknown as ShareableState;
    expect(encodeState(shuffled)).toBe(encodeState(BUSY));
    expect(keysOf(encodeState(BUSY))).toEqual([
      'v',
      'c',
      't',
      'l',
      'ly',
      'm',
      'w',
      'k',
      'lt',
      's',
      'cmp',
      'ds',
      'yr',
      'nm',
      'yc',
      'sf',
    ]);
  });

  it('leaves out an empty selection, comparison and the default dataset', () => {
    expect(keysOf(encodeState(DEFAULTS))).not.toContain('s');
    expect(keysOf(encodeState(DEFAULTS))).not.toContain('cmp');
    expect(keysOf(encodeState(DEFAULTS))).not.toContain('ds');
  });

  it('keeps even a busy link well under 2,000 characters, goalposts of every indicator included', () => {
    const length = encodeState(BUSY).length;
    expect(length).toBeLessThan(1600);
  });

  it('writes more decimals of the centre at higher zoom', () => {
    const centre = (zoom: number) =>
      encodeState({ ...DEFAULTS, camera: { ...BUSY.camera, zoom } }).match(/c=([^,]+),/)?.[1];
    expect(centre(3)).toBe('106.71');
    expect(centre(9.25)).toBe('106.7135');
    expect(centre(18)).toBe('106.713478');
  });

  it('escapes ids that hold separators, and reads them back', () => {
    const state: ShareableState = {
      ...DEFAULTS,
      selection: { layerId: 'hubs', id: 'a&b=c,d:e;f#g%h 中' },
      compareRegionIds: ['x,y', 'p&q'],
    };
    const hash = encodeState(state);
    expect(hash).not.toMatch(/[# ]/);
    expect(decodeState(hash).state).toEqual(state);
  });

  it('rounds values to what the link can carry instead of writing noise', () => {
    const hash = encodeState({
      ...DEFAULTS,
      camera: {
        longitude: 104.123456789,
        latitude: 35.987654321,
        zoom: 3.333333,
        bearing: 0.04,
        pitch: 10.4,
      },
    });
    expect(hash).toContain('c=104.12,35.99,3.33,0,10');
  });
});
