import { describe, expect, it } from 'vitest';
import type { Atlas, DataCentre, Hub, PowerLine, PowerPlant } from '../atlas';
import { emptyAtlas } from '../atlas';
import { TEST_REGIONS, testRegion } from '../testing/spatialRegions';
import { aggregateIndicators, withLatency } from './aggregateIndicators';
import { INDICATOR_REGISTRY, type IndicatorDef } from './indicatorRegistry';

const common = { source: 'test', approx: false };
const dc = (
  id: string,
  position: [number, number],
  extra: Partial<DataCentre> = {},
): DataCentre => ({
  ...common,
  id,
  name: id,
  position,
  kind: 'colocation',
  status: 'operating',
  ...extra,
});
const plant = (id: string, position: [number, number], capacityMw?: number): PowerPlant => ({
  ...common,
  id,
  name: id,
  position,
  fuel: 'coal',
  status: 'operating',
  capacityMw,
});
const uhv = (id: string, coords: number[][], capacityGw?: number): PowerLine => ({
  ...common,
  id,
  name: id,
  status: 'operating',
  voltageKv: 800,
  capacityGw,
  geometry: { type: 'MultiLineString', coordinates: [coords] },
});
const hub = (id: string, regionIds: string[]): Hub => ({
  ...common,
  id,
  name: id,
  position: [0, 0],
  type: 'cluster',
  regionIds,
});

const regions = [
  testRegion('W', TEST_REGIONS[0]!.geometry, {
    population_10k: 100,
    generation_capacity_gw: 20,
    electricity_consumption_twh: 10,
  }),
  testRegion('E', TEST_REGIONS[1]!.geometry, {
    population_10k: 50,
    generation_capacity_gw: 5,
    electricity_consumption_twh: 0,
  }),
  testRegion('I', TEST_REGIONS[2]!.geometry, {}),
];
const atlas: Atlas = {
  ...emptyAtlas(),
  regions,
  datacentres: [
    dc('a', [0.5, 0.5], { capacityMw: 30 }),
    dc('b', [0.6, 0.5], { capacityMw: 20, kind: 'intelligent_computing_centre' }),
    dc('c', [1.2, 0.5]),
    dc('d', [0.5, -0.1], { capacityMw: 5 }),
    dc('gone', [0.5, 0.5], { status: 'retired', capacityMw: 99 }),
  ],
  power_plants: [plant('p', [1.2, 0.8], 1200), plant('q', [3.1, 0.1])],
  power_lines: [
    uhv(
      'L1',
      [
        [0.5, 0.5],
        [1.2, 0.5],
      ],
      8,
    ),
    uhv('L2', [
      [0.2, 0.2],
      [0.8, 0.8],
    ]),
  ],
  hubs: [hub('h1', ['W', 'E']), hub('h2', ['W', 'W'])],
};
const raw = aggregateIndicators(atlas, INDICATOR_REGISTRY, { toleranceKm: 20 });
const column = (id: string) => raw.values.map((row) => row[raw.indicatorIds.indexOf(id as never)]);

describe('aggregateIndicators', () => {
  it('counts points per region, including one just outside within tolerance, and reports it', () => {
    expect(column('dc_count')).toEqual([3, 1, 0]);
    expect(column('icc_count')).toEqual([1, 0, 0]);
    expect(raw.assignment.datacentres!.byTolerance).toEqual(['d']);
    expect(raw.assignment.datacentres!.unassigned).toEqual([]);
  });

  it('sums known capacities and marks a region whose features are all of unknown capacity missing', () => {
    expect(column('dc_capacity_mw')).toEqual([55, undefined, 0]);
    expect(column('large_plant_capacity_gw')).toEqual([0, 1.2, undefined]);
  });

  it('adds a line’s capacity to each region it lands in, once per region', () => {
    expect(column('uhv_landing_gw')).toEqual([8, 8, 0]);
  });

  it('counts hub clusters by their listed regions', () => {
    expect(column('hub_cluster_count')).toEqual([2, 1, 0]);
  });

  it('keeps absent statistics missing', () => {
    expect(column('population_10k')).toEqual([100, 50, undefined]);
  });

  it('sums statistics and point layers where every part is present, and divides them', () => {
    const stat = (property: string, scale?: number) =>
      ({ kind: 'region', property, ...(scale ? { scale } : {}) }) as const;
    const row = (id: string, source: IndicatorDef['source']) =>
      ({ ...INDICATOR_REGISTRY[0]!, id, source }) as unknown as IndicatorDef;
    const sum = {
      kind: 'sum',
      parts: [
        stat('generation_capacity_gw'),
        {
          kind: 'layer',
          layer: 'datacentres',
          aggregation: 'sum',
          property: 'capacityMw',
          scale: 0.1,
        },
      ],
    } as const;
    const registry = [
      row('summed', sum),
      row('ratio', {
        kind: 'ratio',
        numerator: sum,
        denominator: stat('electricity_consumption_twh'),
      }),
      row('scaled', stat('population_10k', 0.5)),
      row('perTwh', {
        kind: 'ratio',
        numerator: stat('population_10k'),
        denominator: stat('electricity_consumption_twh'),
      }),
    ];
    const values = aggregateIndicators(atlas, registry).values;
    // W: 20 GW + (30 + 20 + 5 + 99) MW × 0.1 = 35.4 (no filter: the retired site counts too);
    // E: its one site's capacity is unknown, so the layer part and the sum are missing.
    expect(values[0]![0]).toBeCloseTo(35.4, 9);
    expect(values.slice(1).map((r) => r[0])).toEqual([undefined, undefined]);
    expect(values[0]![1]).toBeCloseTo(3.54, 9);
    expect(values.slice(1).map((r) => r[1])).toEqual([undefined, undefined]);
    expect(values.map((r) => r[2])).toEqual([50, 25, undefined]);
    // E's consumption is 0: no ratio over a zero denominator.
    expect(values.map((r) => r[3])).toEqual([10, undefined, undefined]);
  });

  it('leaves a region marked outside the sources’ coverage missing for every indicator', () => {
    const outside = {
      ...atlas,
      regions: [atlas.regions[0]!, { ...atlas.regions[1]!, outsideCoverage: true }],
    };
    const raw = aggregateIndicators(outside, INDICATOR_REGISTRY);
    expect(raw.values[1]!.every((value) => value === undefined)).toBe(true);
    expect(raw.values[0]![raw.indicatorIds.indexOf('dc_count')]).toBe(3);
  });

  it('marks every region missing for an indicator of an empty layer', () => {
    expect(column('fibre_length_km')).toEqual([undefined, undefined, undefined]);
    expect(column('backbone_node_count')).toEqual([undefined, undefined, undefined]);
  });

  it('takes latency from the context and replaces only that column on a latency change', () => {
    expect(column('latency_to_demand_ms')).toEqual([undefined, undefined, undefined]);
    const updated = withLatency(raw, INDICATOR_REGISTRY, new Map([['W', 12]]));
    const j = raw.indicatorIds.indexOf('latency_to_demand_ms');
    expect(updated.values.map((row) => row[j])).toEqual([12, undefined, undefined]);
    expect(updated.values.map((row) => row.filter((_, k) => k !== j))).toEqual(
      raw.values.map((row) => row.filter((_, k) => k !== j)),
    );
  });
});
