import { describe, expect, it } from 'vitest';
import { atlasLayerOf, toPickedFeature } from './pickedFeature';
import { datacentresLayers } from './layers/datacentresLayers';
import { lineParts } from './layers/parts';
import { fixtureAtlas } from './testing/fixtureAtlas';

describe('toPickedFeature', () => {
  it('maps sublayer ids to their atlas layer and ignores others', () => {
    expect(atlasLayerOf('regions:outline')).toBe('regions');
    expect(atlasLayerOf('hubs')).toBe('hubs');
    expect(atlasLayerOf('basemap')).toBeUndefined();
  });

  it('answers with the record and its index in the atlas when a binary layer reordered it', () => {
    const layer = datacentresLayers(fixtureAtlas.datacentres, {
      lang: 'en',
      theme: 'light',
      visible: true,
    })[0]!;
    // Largest first: dc-big is drawn at 0, dc-small (record 1) at 1; binary layers pick no object.
    const picked = toPickedFeature({ layer, index: 1, x: 3, y: 4 });
    expect(picked).toEqual({
      layerId: 'datacentres',
      index: 1,
      object: fixtureAtlas.datacentres[1],
      x: 3,
      y: 4,
    });
    expect(toPickedFeature({ layer, index: 0, x: 0, y: 0 })?.object.id).toBe('dc-big');
  });

  it('answers with the whole line when one part of a multi-line is picked', () => {
    const parts = lineParts(fixtureAtlas.power_lines);
    const picked = toPickedFeature({
      layer: { id: 'power_lines' },
      index: 1,
      object: parts[1],
      x: 0,
      y: 0,
    });
    expect(picked?.object).toBe(fixtureAtlas.power_lines[0]);
    expect(picked?.index).toBe(0);
  });

  it('returns null over empty map or a non-atlas layer', () => {
    expect(toPickedFeature({ layer: null, index: -1, x: 0, y: 0 })).toBeNull();
    expect(
      toPickedFeature({ layer: { id: 'other' }, index: 0, object: {}, x: 0, y: 0 }),
    ).toBeNull();
  });
});
