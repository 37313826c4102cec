// The embedded basemap: a MapLibre style with inline GeoJSON sources only (water background,
// Natural Earth land and country borders, the dataset's province outlines). It has no glyphs,
// sprite, tiles or symbol layers, so drawing it makes no request at all. Province borders are its
// top layer: deck.gl's choropleth fill is drawn just beneath them (interleaved), and MapLibre draws
// them as plain triangles, where 4,800 deck.gl line instances cost ~40 µs each on software WebGL.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Region } from '../../domain/atlas';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { worldGeometry } from './worldGeometry';

/** The basemap layer the choropleth fill is drawn beneath (deck.gl `beforeId`). */
export const PROVINCE_BORDERS_LAYER_ID = 'province-borders';

/** Province outlines as a FeatureCollection, one feature per region (properties: id). */
export function provinceOutlines(
  regions: readonly Pick<Region, 'id' | 'geometry'>[],
): FeatureCollection<Polygon | MultiPolygon> {
  const features: Feature<Polygon | MultiPolygon>[] = regions.map((region) => ({
    type: 'Feature',
    id: region.id,
    properties: { id: region.id },
    geometry: region.geometry,
  }));
  return { type: 'FeatureCollection', features };
}

export function createBasemapStyle(
  theme: Theme,
  regions: readonly Pick<Region, 'id' | 'geometry'>[],
): StyleSpecification {
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
      provinces: { type: 'geojson', data: provinceOutlines(regions) },
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
      {
        id: PROVINCE_BORDERS_LAYER_ID,
        type: 'line',
        source: 'provinces',
        paint: {
          'line-color': colours.provinceBorder,
          // 0.6 px nationally (zoom ≤ 3) to 1.4 px at zoom ≥ 7.
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 7, 1.4],
        },
      },
    ],
  };
}
