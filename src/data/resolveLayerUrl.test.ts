import { describe, expect, it } from 'vitest';
import { resolveLayerUrl } from './resolveLayerUrl';

describe('resolveLayerUrl', () => {
  it('resolves a file against an absolute manifest URL', () => {
    expect(resolveLayerUrl('https://host.example/app/data/manifest.json', 'hubs.geojson')).toBe(
      'https://host.example/app/data/hubs.geojson',
    );
    expect(resolveLayerUrl('https://host.example/data/x/manifest.json?v=2', '../y/a.geojson')).toBe(
      'https://host.example/data/y/a.geojson',
    );
  });

  it('keeps a relative manifest URL relative so the page resolves it', () => {
    expect(resolveLayerUrl('data/manifest.json', 'hubs.geojson')).toBe('data/hubs.geojson');
    expect(resolveLayerUrl('./data/manifest.json#top', 'layers/hubs.geojson')).toBe('./data/layers/hubs.geojson');
    expect(resolveLayerUrl('manifest.json', 'hubs.geojson')).toBe('hubs.geojson');
  });
});
