// The centre of a polygon's bounding box: a cheap label point when the data gives none.
// Uses outer rings only; no antimeridian handling (datasets stay within one hemisphere).
import type { MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from '../domain/atlas';

/** Centre of the bounding box of the outer rings, in degrees lon/lat. */
export function bboxCentre(geometry: Polygon | MultiPolygon): LonLat {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const [lon = NaN, lat = NaN] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [(west + east) / 2, (south + north) / 2];
}
