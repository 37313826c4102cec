// A typed record back into a GeoJSON Feature of the dataset's file schema (docs/DATA-SCHEMA.md):
// camelCase fields become snake_case properties, positions become Points, region statistics and
// label points become their own properties, absent values stay absent. parseLayer reads it back.
import type { Feature, Geometry } from 'geojson';
import type { LayerRecords } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import { toSnakeCase } from './describeField';

/** Record fields that are not properties: the geometry and what is spread out below. */
const NOT_PROPERTIES: ReadonlySet<string> = new Set([
  'position',
  'geometry',
  'labelPosition',
  'stats',
]);

/** Every layer's record has a `position` (points) or a `geometry` (lines, polygons). */
function geometryOf(record: object): Geometry {
  if ('position' in record && Array.isArray(record.position)) {
    return { type: 'Point', coordinates: [...(record.position as number[])] };
  }
  if ('geometry' in record) return record.geometry as Geometry;
  throw new Error('A record without position or geometry');
}

/** The Feature for `record` of `layerId`, with `id` both on the feature and in its properties. */
export function recordToFeature<L extends LayerId>(_layerId: L, record: LayerRecords[L]): Feature {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || NOT_PROPERTIES.has(key)) continue;
    properties[toSnakeCase(key)] = value;
  }
  if ('labelPosition' in record) {
    const [lon, lat] = record.labelPosition;
    properties.label_lon = lon;
    properties.label_lat = lat;
  }
  if ('stats' in record) Object.assign(properties, record.stats);
  return { type: 'Feature', id: record.id, geometry: geometryOf(record), properties };
}
