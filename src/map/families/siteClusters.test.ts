import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { DataCentre, PowerPlant } from '../../domain/atlas';
import { vintageFilterRange } from '../../domain/vintage/vintageFilter';
import { isAggregate } from '../aggregateRecord';
import { drawFamily } from '../layerFamilies';
import type { PointData } from '../layers/pointAttributes';
import { legendEntries } from '../legend/legendFor';
import { powerPlantFill } from './powerPlants';
import { SITES_APART_FROM_ZOOM, type SiteCluster } from './siteClusters';

const common = (id: string, position: [number, number]) => ({
  id,
  name: id,
  source: `src-${id}`,
  approx: false,
  position,
});
const dc = (id: string, position: [number, number], status: DataCentre['status'] = 'operating') =>
  Object.freeze({ ...common(id, position), kind: 'colocation', status }) as DataCentre;
const plant = (
  id: string,
  position: [number, number],
  fuel: PowerPlant['fuel'],
  capacityMw: number,
  startYear?: number,
) =>
  Object.freeze({
    ...common(id, position),
    fuel,
    capacityMw,
    status: 'operating',
    startYear,
  }) as PowerPlant;

// Three data centres in and around Beijing, one in Guiyang.
const centres: readonly DataCentre[] = Object.freeze([
  dc('bj1', [116.4, 39.9]),
  dc('bj2', [116.45, 39.95], 'planned'),
  dc('lf', [116.7, 39.5]),
  dc('gy', [106.6, 26.6]),
]);
// Two coal plants and a nuclear plant on the Jiangsu coast, a hydro plant far inland.
const plants: readonly PowerPlant[] = Object.freeze([
  plant('coal1', [120.0, 32.0], 'coal', 2000, 2010),
  plant('coal2', [120.1, 32.05], 'coal', 4000, 2020),
  plant('nuke', [120.05, 32.0], 'nuclear', 6000, 2015),
  plant('hydro', [101.0, 27.0], 'hydro', 10000, 2012),
]);
const options = { lang: 'en', theme: 'light', visible: true } as const;
const layerById = (layers: Layer[], id: string) => layers.find((layer) => layer.id === id)!;
const clustersOf = (layers: Layer[], id: string) =>
  layerById(layers, `${id}:clusters`).props.data as SiteCluster[];
const aloneOf = (layers: Layer[], id: string) => {
  const data = layerById(layers, id).props.data as PointData<{ id: string }>;
  return data.geometry.records.map((record) => record.id).sort();
};

describe('site clusters at national zoom', () => {
  it('draws crowded data centres as one cluster with its count, the others as themselves', () => {
    const layers = drawFamily('datacentres', centres, { ...options, zoom: 3.5 });
    const [cluster, ...more] = clustersOf(layers, 'datacentres');
    expect(more).toEqual([]);
    expect(cluster!.count).toBe(3);
    expect(cluster!.name).toBe('3 data centres, 1 of them under construction or planned');
    expect(cluster!.nameZh).toBe('3 个数据中心（其中 1 个在建或规划）');
    expect(cluster!.source).toBe('src-bj1; src-bj2; src-lf');
    expect(aloneOf(layers, 'datacentres')).toEqual(['gy']);
    expect(layerById(layers, 'datacentres:clusters').props.visible).toBe(true);
  });

  it('gathers nearby plants of any fuel, sized by their summed capacity, coloured by the main fuel', () => {
    const layers = drawFamily('power_plants', plants, { ...options, zoom: 3.5 });
    const clusters = clustersOf(layers, 'power_plants');
    expect(clusters.map((c) => [c.count, c.capacityMw, c.name])).toEqual([
      [3, 12000, '3 power plants, 12 GW stated (Nuclear 6.0 GW, Coal 6.0 GW)'],
    ]);
    expect(clusters[0]!.nameZh).toBe('3 座电厂，已知装机 12 GW（核电 6.0 GW、煤电 6.0 GW）');
    expect(aloneOf(layers, 'power_plants')).toEqual(['hydro']);
    // The fuel with the most capacity colours it (nuclear, 6 GW against coal's 2 + 4 GW: a tie
    // goes to the largest plant's fuel).
    expect(clusters[0]!.fill).toEqual(powerPlantFill({ fuel: 'nuclear', status: 'operating' }));
    // Same scale as a single plant: the 12 GW cluster is as large as a 12 GW plant.
    const big = { ...plants[3]!, capacityMw: 12000 };
    const single = layerById(
      drawFamily('power_plants', [big], { ...options, zoom: 7 }),
      'power_plants',
    ).props.data as PointData<PowerPlant>;
    expect(clusters[0]!.radiusPx).toBeCloseTo(single.attributes.getRadius!.value[0]!, 5);
  });

  it('draws every site as itself from the regional zoom on, and while the zoom is unknown', () => {
    for (const zoom of [SITES_APART_FROM_ZOOM, undefined]) {
      const layers = drawFamily('datacentres', centres, { ...options, zoom });
      expect(layerById(layers, 'datacentres:clusters').props.visible).toBe(false);
      expect(aloneOf(layers, 'datacentres')).toEqual(['bj1', 'bj2', 'gy', 'lf']);
    }
  });

  it('flies in to where a cluster comes apart on a click', () => {
    const [cluster] = clustersOf(
      drawFamily('datacentres', centres, { ...options, zoom: 3.5 }),
      'datacentres',
    );
    expect(isAggregate(cluster!)).toBe(true);
    expect(cluster!.expandAtZoom).toBeGreaterThanOrEqual(4.5);
    expect(cluster!.expandAtZoom).toBeLessThanOrEqual(SITES_APART_FROM_ZOOM);
  });

  it('never gathers a proposed site', () => {
    const proposed = Object.freeze({ ...dc('new', [116.41, 39.91]), proposed: true });
    const layers = drawFamily('datacentres', [...centres, proposed], { ...options, zoom: 3.5 });
    expect(clustersOf(layers, 'datacentres')[0]!.count).toBe(3);
    expect(aloneOf(layers, 'datacentres')).toEqual(['gy', 'new']);
  });

  it('gathers faded sites apart from the others, and fades their cluster', () => {
    const layers = drawFamily('datacentres', centres, {
      ...options,
      zoom: 3.5,
      isFilteredOut: (site) => site.id === 'lf' || site.id === 'bj2',
      filterKey: 'lf+bj2',
    });
    const clusters = clustersOf(layers, 'datacentres');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.count).toBe(2);
    expect(clusters[0]!.fill[3]).toBeLessThan(100);
    expect(aloneOf(layers, 'datacentres')).toEqual(['bj1', 'gy']);
  });

  it('gathers only the plants of the layout shown in an as-of view', () => {
    const range = vintageFilterRange(
      { asOf: { kind: 'year', year: 2012 }, includeUnknownYear: true },
      2024,
    );
    const layers = drawFamily('power_plants', plants, {
      ...options,
      zoom: 3.5,
      vintageFilter: range,
    });
    expect(clustersOf(layers, 'power_plants')).toEqual([]);
    expect(aloneOf(layers, 'power_plants')).toEqual(['coal1', 'hydro']);
    const in2016 = vintageFilterRange(
      { asOf: { kind: 'year', year: 2016 }, includeUnknownYear: true },
      2024,
    );
    const later = drawFamily('power_plants', plants, {
      ...options,
      zoom: 3.5,
      vintageFilter: in2016,
    });
    expect(clustersOf(later, 'power_plants').map((c) => c.count)).toEqual([2]);
  });

  it('explains the clusters in the legend while they are drawn', () => {
    const keys = (zoom?: number) => legendEntries('datacentres', 'light', zoom).map((e) => e.key);
    expect(keys(3.5)).toContain('cluster');
    expect(keys(SITES_APART_FROM_ZOOM)).not.toContain('cluster');
    expect(keys()).not.toContain('cluster');
    expect(legendEntries('power_plants', 'light', 4).map((e) => e.key)).toContain('cluster');
  });
});
