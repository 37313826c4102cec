import { PathLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { drawFamily, familyOfLayer } from './layerFamilies';
import { lineParts } from './layers/parts';
import { toPickedFeature } from './pickedFeature';
import { fixtureAtlas } from './testing/fixtureAtlas';

const options = { lang: 'en', theme: 'light', visible: true } as const;

describe('toPickedFeature', () => {
  it('finds the family of a layer by the family that drew it, not by its id', () => {
    const [emphasis] = drawFamily('regions', fixtureAtlas.regions, options).slice(1);
    expect(emphasis!.id).toBe('regions:emphasis');
    expect(familyOfLayer(emphasis)).toBe('regions');
    expect(familyOfLayer(new PathLayer({ id: 'hubs:labels', data: [] }))).toBeUndefined();
  });

  it('answers with the record and its index among those drawn when a binary layer reordered it', () => {
    const layers = drawFamily('datacentres', fixtureAtlas.datacentres, options);
    const layer = layers.find((drawn) => drawn.id === 'datacentres')!;
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
    const layer = drawFamily('power_lines', fixtureAtlas.power_lines, options)[0]!;
    const parts = lineParts(fixtureAtlas.power_lines);
    const picked = toPickedFeature({ layer, index: 1, object: parts[1], x: 0, y: 0 });
    expect(picked?.object).toBe(fixtureAtlas.power_lines[0]);
    expect(picked?.index).toBe(0);
  });

  it('returns null over empty map or a layer no family drew', () => {
    expect(toPickedFeature({ layer: null, index: -1, x: 0, y: 0 })).toBeNull();
    const stranger = { id: 'datacentres', props: { data: [] } };
    expect(toPickedFeature({ layer: stranger, index: 0, object: {}, x: 0, y: 0 })).toBeNull();
  });
});
