// A label position that is guaranteed to lie inside the region: the centre of mass of its largest polygon
// when that falls inside, otherwise a point on that polygon's surface.
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { roundPosition } from './round';

/** [lon, lat] inside the largest polygon of the geometry, rounded to the coordinate precision. */
export function labelPoint(geometry: MultiPolygon): [number, number] {
  const polygons = geometry.coordinates.map((rings) => polygon(rings));
  const largest = polygons.reduce((best, p) => (area(p) > area(best) ? p : best));
  const centre = centerOfMass(largest);
  const inside = booleanPointInPolygon(centre, largest);
  return roundPosition((inside ? centre : pointOnFeature(largest)).geometry.coordinates);
}
