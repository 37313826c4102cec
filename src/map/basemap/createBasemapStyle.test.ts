import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../testing/fixtureAtlas';
import { THEMES } from '../theme';
import { fillBeneathLayerId, remoteStyleUrl } from './basemapStyle';
import { createBasemapStyle, PROVINCE_BORDERS_LAYER_ID } from './createBasemapStyle';

describe('createBasemapStyle', () => {
  it('makes no request: inline GeoJSON only, no glyphs, sprite or symbol layers', () => {
    for (const theme of THEMES) {
      const style = createBasemapStyle(theme, fixtureAtlas.regions);
      expect(style.glyphs).toBeUndefined();
      expect(style.sprite).toBeUndefined();
      for (const source of Object.values(style.sources)) {
        expect(source.type).toBe('geojson');
        expect(typeof (source as { data: unknown }).data).toBe('object');
      }
      expect(style.layers.map((layer) => layer.type)).not.toContain('symbol');
      expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    }
  });

  it('paints land, water and borders in the theme colours', () => {
    const light = createBasemapStyle('light', []);
    const paint = (id: string) =>
      light.layers.find((layer) => layer.id === id)?.paint as Record<string, unknown>;
    expect(paint('water')['background-color']).toBe('#D6E4EE');
    expect(paint('land')['fill-color']).toBe('#F4F1EA');
    expect(paint('country-borders')['line-color']).toBe('#8C857B');
    expect(paint('province-borders')['line-color']).toBe('#B8B2A7');
    const dark = createBasemapStyle('dark', []);
    expect((dark.layers[0]?.paint as Record<string, unknown>)['background-color']).toBe('#0E141B');
  });

  it('draws Natural Earth land with country borders, and one province outline per region on top', () => {
    const style = createBasemapStyle('light', fixtureAtlas.regions);
    const provinces = style.sources.provinces as { data: { features: { id: string }[] } };
    expect(provinces.data.features.map((feature) => feature.id)).toEqual(['CN-GZ']);
    // The top layer: deck.gl's choropleth fill is drawn just beneath it.
    expect(style.layers.at(-1)?.id).toBe(PROVINCE_BORDERS_LAYER_ID);
    const land = style.sources.land as { data: { features: unknown[] } };
    expect(land.data.features.length).toBeGreaterThan(0);
    const borders = style.sources.countries as { data: { geometry: { coordinates: unknown[] } } };
    expect(borders.data.geometry.coordinates.length).toBeGreaterThan(100);
  });
});

describe('fillBeneathLayerId', () => {
  it('puts the fill beneath the embedded province borders, and above a remote basemap', () => {
    expect(fillBeneathLayerId({})).toBe(PROVINCE_BORDERS_LAYER_ID);
    expect(fillBeneathLayerId({ VITE_BASEMAP_STYLE_URL: 'https://tiles.example/style.json' })).toBe(
      undefined,
    );
  });
});

describe('remoteStyleUrl', () => {
  it('is off unless VITE_BASEMAP_STYLE_URL is set', () => {
    expect(remoteStyleUrl({})).toBeUndefined();
    expect(remoteStyleUrl({ VITE_BASEMAP_STYLE_URL: '  ' })).toBeUndefined();
    expect(remoteStyleUrl({ VITE_BASEMAP_STYLE_URL: 'https://tiles.example/style.json' })).toBe(
      'https://tiles.example/style.json',
    );
  });
});
