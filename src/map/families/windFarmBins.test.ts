import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { WindFarm } from '../../domain/atlas';
import { vintageFilterRange } from '../../domain/vintage/vintageFilter';
import { isAggregate } from '../aggregateRecord';
import { drawFamily } from '../layerFamilies';
import { legendEntries } from '../legend/legendFor';
import { WIND_POINTS_FROM_ZOOM, windFarmBins, type WindFarmBin } from './windFarmBins';

const phase = (
  id: string,
  position: [number, number],
  status: WindFarm['status'],
  capacityMw?: number,
) => Object.freeze({ id, name: id, source: 'test', approx: false, position, status, capacityMw });

// Two operating phases and one being built near Zhangjiakou, one announced there, one in Xinjiang.
const phases: readonly WindFarm[] = Object.freeze([
  phase('a', [114.9, 40.8], 'operating', 300),
  phase('b', [115.0, 40.8], 'operating', 200),
  phase('c', [114.95, 40.85], 'construction', 500),
  phase('d', [114.9, 40.8], 'announced', 4000),
  phase('e', [87.6, 43.8], 'operating', 100),
]);
const options = { lang: 'en', theme: 'light', visible: true } as const;
const layerById = (layers: Layer[], id: string) => layers.find((layer) => layer.id === id)!;

describe('wind farm level of detail', () => {
  it('draws hexagon bins of built and building phases at national zoom, the points hidden', () => {
    const layers = drawFamily('wind_farms', phases, { ...options, zoom: 3.5 });
    const bins = layerById(layers, 'wind_farms:bins');
    expect(bins.props.visible).toBe(true);
    expect(layerById(layers, 'wind_farms').props.visible).toBe(false);
    const data = bins.props.data as WindFarmBin[];
    expect(data.map((bin) => [bin.count, bin.capacityMw])).toEqual([
      [3, 1000],
      [1, 100],
    ]);
    expect(data[0]!.name).toBe('3 wind farm phases (operating or under construction)');
    expect(data[0]!.nameZh).toContain('3 个风电场项目');
  });

  it('draws every phase as a point from the regional zoom on, the bins hidden', () => {
    const layers = drawFamily('wind_farms', phases, { ...options, zoom: WIND_POINTS_FROM_ZOOM });
    expect(layerById(layers, 'wind_farms:bins').props.visible).toBe(false);
    expect(layerById(layers, 'wind_farms').props.visible).toBe(true);
  });

  it('bins more finely as one zooms in, and memoises per resolution', () => {
    expect(windFarmBins(phases, 3)).toBe(windFarmBins(phases, 3));
    const coarse = windFarmBins(phases, 2).length;
    expect(windFarmBins(phases, 7).length).toBeGreaterThanOrEqual(coarse);
  });

  it('marks each bin as an aggregate that expands at the zoom where phases become points', () => {
    for (const bin of windFarmBins(phases, 2)) {
      expect(isAggregate(bin)).toBe(true);
      expect(bin.expandAtZoom).toBe(WIND_POINTS_FROM_ZOOM);
    }
    expect(isAggregate(phases[0]!)).toBe(false);
  });

  it('bins only the phases of the as-of view when a year filter is given', () => {
    const dated: readonly WindFarm[] = [
      { ...phases[0]!, startYear: 2016 },
      { ...phases[1]!, startYear: 2021 },
      { ...phases[4]!, startYear: 2016, retireYear: 2019 },
    ];
    const in2018 = vintageFilterRange(
      { asOf: { kind: 'year', year: 2018 }, includeUnknownYear: true },
      2024,
    );
    const bins = windFarmBins(dated, 2, in2018);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(2);
    expect(bins.reduce((sum, bin) => sum + bin.capacityMw, 0)).toBe(400);
    expect(bins[0]!.name).toContain('in the layout shown');
    expect(windFarmBins(dated, 2).reduce((sum, bin) => sum + bin.count, 0)).toBe(3);
  });

  it('tells the legend what is drawn at each zoom, in both languages', () => {
    const national = legendEntries('wind_farms', 'light', 3.5);
    const close = legendEntries('wind_farms', 'light', 8);
    expect(national.map((row) => row.key)).toContain('bins');
    expect(national.find((row) => row.key === 'bins')!.label.zh).toContain('六边形');
    expect(close.map((row) => row.key)).not.toContain('bins');
    expect(close.map((row) => row.key)).toContain('operating');
  });
});
