import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { DataCentre, PowerLine } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { SOLID } from '../style/approxStyle';
import { fixtureAtlas } from '../testing/fixtureAtlas';
import { datacentresLayers } from './datacentresLayers';
import { FILTERED_OUT_OPACITY } from './layerOptions';
import { networkNodeIcon } from './networkNodesLayers';
import { powerLinesLayers } from './powerLinesLayers';
import { DIMMED_OPACITY, regionFill } from './regionsLayers';

type Accessor<T> = (item: unknown) => T;
const prop = <T>(layer: Layer, name: string) =>
  (layer.props as unknown as Record<string, Accessor<T>>)[name]!;
const base = { lang: 'en', theme: 'light', visible: true } as const;

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
    const layer = datacentresLayers(fixtureAtlas.datacentres, base)[0]!;
    const items = layer.props.data as { record: DataCentre }[];
    const dash = prop<[number, number]>(layer, 'getDashArray');
    expect(dash(items.find((item) => item.record.approx))![1]).toBeGreaterThan(0);
    expect(dash(items.find((item) => !item.record.approx))).toEqual(SOLID);
  });

  it('draws the largest sites first so small ones stay on top', () => {
    const layer = datacentresLayers(fixtureAtlas.datacentres, base)[0]!;
    expect((layer.props.data as { record: DataCentre }[]).map((item) => item.record.id)).toEqual([
      'dc-big',
      'dc-small',
    ]);
  });

  it('fades records the filter rejects and enlarges the selected one', () => {
    const layer = datacentresLayers(fixtureAtlas.datacentres, {
      ...base,
      selectedId: 'dc-big',
      isFilteredOut: (dc) => dc.id === 'dc-small',
    })[0]!;
    const [big, small] = layer.props.data as { record: DataCentre }[];
    const fill = prop<Rgba>(layer, 'getLineColor');
    const plain = datacentresLayers(fixtureAtlas.datacentres, base)[0]!;
    expect(fill(small)[3]).toBe(
      Math.round(prop<Rgba>(plain, 'getLineColor')(small)[3] * FILTERED_OUT_OPACITY),
    );
    expect(prop<number>(layer, 'getRadius')(big)).toBeGreaterThan(
      prop<number>(plain, 'getRadius')(big),
    );
  });

  it('fills regions from the choropleth map, grey where missing, faded where dimmed', () => {
    const colours = new Map([['CN-GZ', hexToRgba('#4575B4')]]);
    expect(regionFill({ id: 'CN-GZ' }, { fillColours: colours })).toEqual(hexToRgba('#4575B4'));
    expect(regionFill({ id: 'CN-XZ' }, { fillColours: colours })).toEqual(
      hexToRgba(NO_DATA_COLOUR),
    );
    expect(
      regionFill({ id: 'CN-GZ' }, { fillColours: colours, dimmedIds: new Set(['CN-GZ']) })[3],
    ).toBe(Math.round(255 * DIMMED_OPACITY));
    expect(regionFill({ id: 'CN-GZ' }, {})[3]).toBeLessThan(5);
  });

  it('marks approximate network nodes with the hollow diamond', () => {
    expect(networkNodeIcon({ approx: true }).id).toBe('diamond-hollow');
    expect(networkNodeIcon({ approx: false }).id).toBe('diamond');
    expect(networkNodeIcon({ approx: false }).url.startsWith('data:image/svg+xml')).toBe(true);
  });
});
