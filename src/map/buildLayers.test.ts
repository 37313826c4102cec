import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { PointData } from './layers/pointAttributes';
import { PROVINCE_BORDERS_LAYER_ID } from './basemap/createBasemapStyle';
import { buildLayers } from './buildLayers';
import { familyOfLayer } from './layerFamilies';
import { fixtureAtlas } from './testing/fixtureAtlas';
import { vintageFilterRange } from '../domain/vintage/vintageFilter';

const allVisible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<
  LayerId,
  boolean
>;

function byId(layers: Layer[], id: string): Layer {
  const found = layers.find((layer) => layer.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('buildLayers', () => {
  it('draws the families in LAYER_IDS order with labels on top', () => {
    const layers = buildLayers(fixtureAtlas, allVisible, { lang: 'zh', theme: 'light' });
    const ids = layers.map((layer) => layer.id);
    const families = layers.filter((l) => !l.id.endsWith(':labels')).map(familyOfLayer);
    const firstOfEach = LAYER_IDS.map((id) => families.indexOf(id));
    expect([...firstOfEach].sort((a, b) => a - b)).toEqual(firstOfEach);
    expect(ids.slice(-2)).toEqual(['regions:labels', 'hubs:labels']);
    for (const id of LAYER_IDS) expect(ids).toContain(id);
  });

  it('remembers the family of every layer it draws and makes each family pickable', () => {
    const layers = buildLayers(fixtureAtlas, allVisible, { lang: 'en', theme: 'dark' });
    for (const layer of layers) expect(layer.id.startsWith(familyOfLayer(layer)!)).toBe(true);
    for (const id of LAYER_IDS) expect(byId(layers, id).props.pickable).toBe(true);
  });

  it('hides a switched-off family and its labels but keeps them in the list', () => {
    const layers = buildLayers(
      fixtureAtlas,
      { ...allVisible, hubs: false },
      { lang: 'zh', theme: 'light' },
    );
    expect(byId(layers, 'hubs').props.visible).toBe(false);
    expect(byId(layers, 'hubs:labels').props.visible).toBe(false);
    expect(byId(layers, 'datacentres').props.visible).toBe(true);
  });

  it('emphasises the selected feature only in its own layer', () => {
    const layers = buildLayers(fixtureAtlas, allVisible, {
      lang: 'zh',
      theme: 'light',
      selected: { layerId: 'regions', id: 'CN-GZ' },
    });
    const emphasis = byId(layers, 'regions:emphasis').props.data as unknown[];
    expect(emphasis.length).toBeGreaterThan(0);
    const plain = buildLayers(fixtureAtlas, allVisible, {
      lang: 'zh',
      theme: 'light',
      selected: { layerId: 'hubs', id: 'CN-GZ' },
    });
    expect(byId(plain, 'regions:emphasis').props.data).toEqual([]);
  });

  it('labels regions in the current language and re-evaluates text when it changes', () => {
    const zh = byId(
      buildLayers(fixtureAtlas, allVisible, { lang: 'zh', theme: 'light' }),
      'regions:labels',
    );
    const en = byId(
      buildLayers(fixtureAtlas, allVisible, { lang: 'en', theme: 'light' }),
      'regions:labels',
    );
    const getText = (layer: Layer) =>
      (layer.props as unknown as { getText: (r: unknown) => string }).getText;
    const label = (layer: Layer) => (layer.props.data as unknown[])[0];
    expect(getText(zh)(label(zh))).toBe('贵州');
    expect(getText(en)(label(en))).toBe('Guizhou');
    const triggers = (layer: Layer) =>
      (layer.props.updateTriggers as Record<string, unknown[]>).getText;
    expect(triggers(zh)).not.toEqual(triggers(en));
  });

  it('puts only the labels the placement kept in the label layer, each with its record', () => {
    const region = fixtureAtlas.regions[0]!;
    const labelsWith = (shownLabels: ReadonlySet<string>) =>
      byId(
        buildLayers(fixtureAtlas, allVisible, { lang: 'en', theme: 'light', shownLabels }),
        'regions:labels',
      ).props.data as { record: unknown; index: number }[];
    expect(labelsWith(new Set())).toEqual([]);
    expect(labelsWith(new Set([`regions:${region.id}`]))).toEqual([{ record: region, index: 0 }]);
  });

  it('covers the Chinese label characters in the font atlas', () => {
    const labels = byId(
      buildLayers(fixtureAtlas, allVisible, { lang: 'zh', theme: 'light' }),
      'hubs:labels',
    );
    const set = (labels.props as unknown as { characterSet: Set<string> }).characterSet;
    for (const character of '贵州枢纽') expect(set.has(character)).toBe(true);
  });

  it('draws the choropleth beneath the basemap province borders, with no outline of its own', () => {
    const layers = buildLayers(fixtureAtlas, allVisible, { lang: 'en', theme: 'light' });
    expect((byId(layers, 'regions').props as { beforeId?: string }).beforeId).toBe(
      PROVINCE_BORDERS_LAYER_ID,
    );
    expect(layers.map((layer) => layer.id)).not.toContain('regions:outline');
  });

  it('passes the same data object to deck.gl on every build so nothing re-tessellates', () => {
    const first = buildLayers(fixtureAtlas, allVisible, { lang: 'zh', theme: 'light' });
    const second = buildLayers(fixtureAtlas, allVisible, { lang: 'en', theme: 'dark' });
    for (const id of ['regions', 'power_lines']) {
      expect(byId(second, id).props.data).toBe(byId(first, id).props.data);
    }
  });

  it('rebuilds only the colours of binary point layers when the theme changes', () => {
    const light = buildLayers(fixtureAtlas, allVisible, { lang: 'zh', theme: 'light' });
    const hovered = buildLayers(fixtureAtlas, allVisible, {
      lang: 'en',
      theme: 'light',
      highlighted: { layerId: 'datacentres', id: 'dc-big' },
    });
    const dark = buildLayers(fixtureAtlas, allVisible, { lang: 'zh', theme: 'dark' });
    const data = (layers: Layer[]) => byId(layers, 'datacentres').props.data as PointData<unknown>;
    expect(data(hovered)).toBe(data(light));
    expect(data(dark)).not.toBe(data(light));
    expect(data(dark).geometry).toBe(data(light).geometry);
    expect(data(dark).attributes.getLineColor!.value).not.toEqual(
      data(light).attributes.getLineColor!.value,
    );
  });

  it('moves the year by the filter range alone: same data and update triggers in every layer', () => {
    const range = (year: number) =>
      vintageFilterRange({ asOf: { kind: 'year', year }, includeUnknownYear: true }, 2024);
    const options = { lang: 'en', theme: 'light', zoom: 7 } as const;
    const in2018 = buildLayers(fixtureAtlas, allVisible, {
      ...options,
      vintageFilter: range(2018),
    });
    const in2022 = buildLayers(fixtureAtlas, allVisible, {
      ...options,
      vintageFilter: range(2022),
    });
    expect(in2022.map((l) => l.id)).toEqual(in2018.map((l) => l.id));
    let filtered = 0;
    in2018.forEach((before, i) => {
      const after = in2022[i]!;
      // An empty emphasis layer (nothing hovered) is not drawn and holds no attribute.
      const empty = Array.isArray(after.props.data) && after.props.data.length === 0;
      if (!empty) expect(after.props.data, after.id).toBe(before.props.data);
      expect(JSON.stringify(after.props.updateTriggers), after.id).toBe(
        JSON.stringify(before.props.updateTriggers),
      );
      const props = after.props as { filterEnabled?: boolean; filterRange?: unknown };
      if (props.filterEnabled) {
        filtered += 1;
        expect(props.filterRange).not.toEqual((before.props as typeof props).filterRange);
      }
    });
    expect(filtered).toBeGreaterThan(3);
  });
});
