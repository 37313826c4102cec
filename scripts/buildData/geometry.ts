// Small GeoJSON constructors that round coordinates to the file precision.
import type { Feature, Geometry, LineString, Point, Position } from 'geojson';
import type { Properties } from './compact';
import { roundPosition } from './round';

export type AtlasFeature<G extends Geometry = Geometry> = Feature<G, Properties>;

/** A Point feature at lon/lat (degrees). */
export function pointFeature(
  properties: Properties,
  lon: number,
  lat: number,
): AtlasFeature<Point> {
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: roundPosition([lon, lat]) },
  };
}

/** A LineString feature through the positions, with consecutive duplicates removed. */
export function lineFeature(
  properties: Properties,
  positions: readonly Position[],
): AtlasFeature<LineString> {
  const rounded = positions.map(roundPosition);
  const coordinates = rounded.filter(
    (p, i) => i === 0 || p[0] !== rounded[i - 1]?.[0] || p[1] !== rounded[i - 1]?.[1],
  );
  return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
}
