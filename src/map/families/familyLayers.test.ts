import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { DataCentre, PowerLine } from '../../domain/atlas';
import { hexToRgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { SOLID } from '../style/approxStyle';
import { fixtureAtlas } from '../testing/fixtureAtlas';
import { drawFamily } from '../layerFamilies';
import { FILTERED_OUT_OPACITY, type LayerOptions } from '../layers/layerOptions';
import { isPointData, type PointData } from '../layers/pointAttributes';
import { networkNodeIcon } from './networkNodes';
import { DIMMED_OPACITY, regionFill } from './regions';

/** The data centres' site layer and its emphasis layer (the clusters' layers aside). */
const datacentresLayers = (sites: readonly DataCentre[], options: LayerOptions<DataCentre>) => {
  const layers = drawFamily('datacentres', sites, options);
  return ['datacentres', 'datacentres:emphasis'].map((id) => layers.find((l) => l.id === id)!);
};
const powerLinesLayers = (lines: readonly PowerLine[], options: LayerOptions<PowerLine>) =>
  drawFamily('power_lines', lines, options);

type Accessor<T> = (item: unknown) => T;
const prop = <T>(layer: Layer, name: string) =>
  (layer.props as unknown as Record<string, Accessor<T>>)[name]!;
const base = { lang: 'en', theme: 'light', visible: true } as const;
const pointLayerData = (layer: Layer): PointData<unknown> => {
  const data: unknown = layer.props.data;
  if (!isPointData(data)) throw new Error(`${layer.id} has no binary point data`);
  return data;
};

describe('layer factories', () => {
  it('dashes an approximate power line and keeps exact ones solid', () => {
    const exact: PowerLine = { ...fixtureAtlas.power_lines[0]!, id: 'exact', approx: false };
    const layer = powerLinesLayers([fixtureAtlas.power_lines[0]!, exact], base)[0]!;
    const parts = layer.props.data as { record: PowerLine }[];
    const dash = prop<[number, number]>(layer, 'getDashArray');
    expect(dash(parts.find((part) => part.record.approx))).not.toEqual(SOLID);
    expect(dash(parts.find((part) => !part.record.approx))).toEqual(SOLID);
  });

  it('draws approximate sites with a dashed outline', () => {
    const data = pointLayerData(datacentresLayers(fixtureAtlas.datacentres, base)[0]!);
    const dashAt = (draw: number) => [
      ...data.attributes.getDashArray!.value.slice(draw * 2, draw * 2 + 2),
    ];
    const drawOf = (approx: boolean) =>
      [...data.geometry.recordIndex].findIndex(
        (index) => (data.geometry.records[index] as DataCentre).approx === approx,
      );
    expect(dashAt(drawOf(true))[1]).toBeGreaterThan(0);
    expect(dashAt(drawOf(false))).toEqual([...SOLID]);
  });

  it('draws the largest sites first so small ones stay on top', () => {
    const data = pointLayerData(datacentresLayers(fixtureAtlas.datacentres, base)[0]!);
    const ids = [...data.geometry.recordIndex].map((i) => fixtureAtlas.datacentres[i]!.id);
    expect(ids).toEqual(['dc-big', 'dc-small']);
    const radii = data.attributes.getRadius!.value;
    expect(radii[0]).toBeGreaterThan(radii[1]!);
  });

  it('fades records the filter rejects, keeping the others, in the binary colours', () => {
    const filtered = pointLayerData(
      datacentresLayers(fixtureAtlas.datacentres, {
        ...base,
        isFilteredOut: (dc: DataCentre) => dc.id === 'dc-small',
        filterKey: 'small-out',
      })[0]!,
    );
    const plain = pointLayerData(datacentresLayers(fixtureAtlas.datacentres, base)[0]!);
    const alpha = (data: PointData<unknown>, draw: number) =>
      data.attributes.getLineColor!.value[draw * 4 + 3]!;
    // Draw order: dc-big (0), dc-small (1).
    expect(alpha(filtered, 1)).toBe(Math.round(alpha(plain, 1) * FILTERED_OUT_OPACITY));
    expect(alpha(filtered, 0)).toBe(alpha(plain, 0));
  });

  it('keeps the big layer unchanged on selection and draws the selected site larger on top', () => {
    const plainLayers = datacentresLayers(fixtureAtlas.datacentres, base);
    const selectedLayers = datacentresLayers(fixtureAtlas.datacentres, {
      ...base,
      selectedId: 'dc-big',
    });
    expect(selectedLayers[0]!.props.data).toBe(plainLayers[0]!.props.data);
    const emphasis = selectedLayers[1]!;
    expect(emphasis.id).toBe('datacentres:emphasis');
    expect((emphasis.props.data as DataCentre[]).map((dc) => dc.id)).toEqual(['dc-big']);
    const radius = prop<number>(emphasis, 'getRadius')(fixtureAtlas.datacentres[0]);
    expect(radius).toBeGreaterThan(pointLayerData(plainLayers[0]!).attributes.getRadius!.value[0]!);
    expect(plainLayers[1]!.props.data).toEqual([]);
  });

  it('fills regions from the choropleth map, grey where missing, faded where dimmed', () => {
    const colours = new Map([['CN-GZ', hexToRgba('#4575B4')]]);
    expect(regionFill({ id: 'CN-GZ' }, { colours })).toEqual(hexToRgba('#4575B4'));
    expect(regionFill({ id: 'CN-XZ' }, { colours })).toEqual(hexToRgba(NO_DATA_COLOUR));
    expect(regionFill({ id: 'CN-GZ' }, { colours, dimmedIds: new Set(['CN-GZ']) })[3]).toBe(
      Math.round(255 * DIMMED_OPACITY),
    );
    expect(regionFill({ id: 'CN-GZ' }, undefined)[3]).toBeLessThan(5);
  });

  it('marks approximate network nodes with the hollow diamond', () => {
    expect(networkNodeIcon({ approx: true }).id).toBe('diamond-hollow');
    expect(networkNodeIcon({ approx: false }).id).toBe('diamond');
    expect(networkNodeIcon({ approx: false }).url.startsWith('data:image/svg+xml')).toBe(true);
  });
});
