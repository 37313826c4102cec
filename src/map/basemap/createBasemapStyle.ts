// The embedded basemap: a MapLibre style with inline GeoJSON sources only (water background,
// Natural Earth land and country borders). It has no glyphs, sprite, tiles or symbol layers, so
// drawing it makes no request at all. Province borders are the regions family's (deck.gl, above
// the choropleth): drawn here too they were a second, hidden copy in every frame.
import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { worldGeometry } from './worldGeometry';

export function createBasemapStyle(theme: Theme): StyleSpecification {
  const colours = BASEMAP_COLOURS[theme];
  const world = worldGeometry();
  return {
    version: 8,
    name: `compute-atlas-${theme}`,
    sources: {
      land: { type: 'geojson', data: world.land },
      countries: {
        type: 'geojson',
        data: { type: 'Feature', properties: {}, geometry: world.countryBorders },
      },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colours.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'land',
        paint: { 'fill-color': colours.land, 'fill-antialias': true },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'countries',
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': colours.countryBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.9, 7, 2],
        },
      },
    ],
  };
}
